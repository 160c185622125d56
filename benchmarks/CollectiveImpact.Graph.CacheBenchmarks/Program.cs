using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using CollectiveImpact.Graph.Analytics.Centrality;
using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Api.Services.Analyses;
using CollectiveImpact.Graph.CacheBenchmarks;
using CollectiveImpact.Graph.Store.Documents;
using CollectiveImpact.Graph.Store.Storage;

// Modes:
//   --write-network FILE [ORGANIZATIONS]   writes the generated network document (for benchmarks/load/run-wrk.sh)
//   --probe                                times each candidate analysis once on the 20,000-organization network
//   anything else                          BenchmarkDotNet (e.g. --filter '*')
if (args is ["--write-network", var file, ..])
{
    var organizations = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : BenchmarkNetwork.Organizations;
    var network = BenchmarkNetwork.Generate(organizations);
    await using (var output = File.Create(file))
    {
        NetworkDocumentWriter.Write(output, network);
    }

    Console.WriteLine($"Wrote {file}: {network.Organizations.Count} organizations, {network.Ties.Count} ties, {new FileInfo(file).Length} bytes.");
    return 0;
}

if (args is ["--probe", ..])
{
    var database = Path.Combine(Directory.CreateTempSubdirectory("cig-probe-").FullName, "network.db");
    await using var host = await BenchmarkHost.StartAsync(database, redis: null);
    await host.Store.WriteAsync(NetworkChange.Replace(BenchmarkNetwork.Generate()));
    var projected = await host.Projections.CurrentAsync(CancellationToken.None);
    var organizations = projected.Projections.Get(ProjectionKind.Organizations).Graph;
    Console.WriteLine($"ORGANIZATIONS projection: {organizations.NodeCount} nodes");
    Time("brokerage(top 20, seed 42)", () => new BrokerageAnalysis(20, 42).Compute(projected, CancellationToken.None));
    Time("centrality betweenness k=100", () => new CentralityAnalysis(ProjectionKind.Organizations, CentralityMeasure.Betweenness, null, true, null, new CentralitySample(100, 7)).Compute(projected, CancellationToken.None));
    Time("structuralHoles", () => new StructuralHolesAnalysis(ProjectionKind.Organizations, null, false).Compute(projected, CancellationToken.None));
    Time("networkMetrics(ORGANIZATIONS)", () => new NetworkMetricsAnalysis(ProjectionKind.Organizations).Compute(projected, CancellationToken.None));
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(AnalysisCacheBenchmarks).Assembly).Run(args);
return 0;

static void Time(string name, Func<object> compute)
{
    var watch = Stopwatch.StartNew();
    compute();
    Console.WriteLine($"{name}: {watch.Elapsed.TotalMilliseconds:F1} ms");
}
