using System.Diagnostics.Metrics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Analytics.Structure;
using CollectiveImpact.Graph.Api.Caching;
using CollectiveImpact.Graph.Api.Services;
using CollectiveImpact.Graph.Api.Services.Analyses;
using CollectiveImpact.Graph.Api.Tests.Caching.Support;
using CollectiveImpact.Graph.Store.Storage;
using Microsoft.Extensions.Caching.Memory;

namespace CollectiveImpact.Graph.CacheBenchmarks;

/// <summary>
/// What the analysis cache buys (issue 5): one dashboard analysis on the 20,000-organization generated network, answered
/// three ways. <see cref="Uncached"/> is the computation itself (what every request would cost without the cache; a
/// real miss costs a little more, the cache write); <see cref="CachedInProcess"/> is <see cref="AnalysisRunner.RunAsync{TResult}(IAnalysis{TResult}, CancellationToken)"/>
/// finding it in memory (L1); <see cref="CachedFromRedis"/> is the same call on a second replica whose memory is emptied
/// first, so it is found in Redis (L2) and deserialized.
/// </summary>
/// <remarks>
/// Setup checks every path does what its name says (counted with the cache's own meter), so a Redis that failed or a
/// memory that was not emptied cannot pass for a measurement. In process (no child build): a short, bounded run.
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(ShortInProcess))]
public class AnalysisCacheBenchmarks
{
    private readonly List<string> levelsHit = [];
    private BenchmarkHost memoryOnly = null!;
    private BenchmarkHost computingReplica = null!;
    private BenchmarkHost readingReplica = null!;
    private RedisServer redis = null!;
    private ProjectedNetwork projected = null!;
    private MeterListener listener = null!;
    private string directory = null!;

    /// <summary>The measured analysis: networkMetrics on ORGANIZATIONS, the dashboard's summary of the network's shape.</summary>
    public static NetworkMetricsAnalysis Analysis { get; } = new(ProjectionKind.Organizations);

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => CleanupAsync().GetAwaiter().GetResult();

    [Benchmark(Baseline = true, Description = "uncached (compute)")]
    public NetworkMetricsResult Uncached() => Analysis.Compute(projected, CancellationToken.None);

    [Benchmark(Description = "cached, L1 (in process)")]
    public AnalysisRun<NetworkMetricsResult> CachedInProcess() =>
        memoryOnly.Runner.RunAsync(Analysis, CancellationToken.None).GetAwaiter().GetResult();

    [Benchmark(Description = "cached, L2 (Redis, L1 emptied)")]
    public AnalysisRun<NetworkMetricsResult> CachedFromRedis()
    {
        ((MemoryCache)readingReplica.Memory).Compact(1.0);
        return readingReplica.Runner.RunAsync(Analysis, CancellationToken.None).GetAwaiter().GetResult();
    }

    private async Task SetupAsync()
    {
        directory = Directory.CreateTempSubdirectory("cig-cache-bench-").FullName;
        var database = Path.Combine(directory, "network.db");
        redis = await RedisServer.StartAsync();
        memoryOnly = await BenchmarkHost.StartAsync(database, redis: null);
        await memoryOnly.Store.WriteAsync(NetworkChange.Replace(BenchmarkNetwork.Generate()));
        computingReplica = await BenchmarkHost.StartAsync(database, redis.Configuration);
        readingReplica = await BenchmarkHost.StartAsync(database, redis.Configuration);
        projected = await memoryOnly.Projections.CurrentAsync(CancellationToken.None);

        listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == CacheMetrics.MeterName && instrument.Name == "cache.hits")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "level")
                {
                    lock (levelsHit)
                    {
                        levelsHit.Add((string)tag.Value!);
                    }
                }
            }
        });
        listener.Start();

        // Fill: L1 of the memory-only replica, and Redis through the computing replica.
        await memoryOnly.Runner.RunAsync(Analysis, CancellationToken.None);
        await computingReplica.Runner.RunAsync(Analysis, CancellationToken.None);
        await readingReplica.Projections.CurrentAsync(CancellationToken.None);

        Expect(CachedInProcess, "l1");
        Expect(CachedFromRedis, "l2");
        listener.Dispose();
    }

    private void Expect(Func<object> lookup, string level)
    {
        levelsHit.Clear();
        lookup();
        if (levelsHit is not [var only] || only != level)
        {
            throw new InvalidOperationException($"Expected one {level} hit, saw [{string.Join(", ", levelsHit)}]: the benchmark would not measure what it says.");
        }
    }

    private async Task CleanupAsync()
    {
        await readingReplica.DisposeAsync();
        await computingReplica.DisposeAsync();
        await memoryOnly.DisposeAsync();
        await redis.DisposeAsync();
        Directory.Delete(directory, recursive: true);
    }

    /// <summary>One warmup and five measured iterations, in this process: minutes, not the default's tens of minutes.</summary>
    private sealed class ShortInProcess : ManualConfig
    {
        public ShortInProcess() =>
            AddJob(Job.Default.WithWarmupCount(1).WithIterationCount(5).WithToolchain(InProcessEmitToolchain.Instance).WithId("short-inprocess"));
    }
}
