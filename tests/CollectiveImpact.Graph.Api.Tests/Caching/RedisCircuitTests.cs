using CollectiveImpact.Graph.Api.Caching;
using CollectiveImpact.Graph.Api.Tests.Caching.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CollectiveImpact.Graph.Api.Tests.Caching;

/// <summary>
/// The circuit's rules from <see cref="RedisCircuit"/>'s remarks, with operations the test makes fail or succeed and a
/// clock it moves by hand (no Redis needed, nothing timed).
/// </summary>
public sealed class RedisCircuitTests
{
    private static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task ExecuteAsync_ManyFailuresInOneOutage_AnswersTheFallbackAndLogsOneWarning()
    {
        var (circuit, _, logs) = Create();

        var answers = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            answers.Add(await circuit.ExecuteAsync(Fails<string>, "fallback", CancellationToken.None));
        }

        Assert.All(answers, answer => Assert.Equal("fallback", answer));
        var warning = Assert.Single(logs.AtLeast(LogLevel.Warning));
        Assert.Equal(4100, warning.EventId);
        Assert.Contains("127.0.0.1:6399", warning.Message);
    }

    [Fact]
    public async Task ExecuteAsync_WhileOpen_SkipsRedisUntilTheRetryIntervalThenLetsAProbeThrough()
    {
        var (circuit, clock, _) = Create();
        await OpenAsync(circuit);
        var calls = 0;

        var skipped = await circuit.ExecuteAsync(_ => Task.FromResult(++calls), -1, CancellationToken.None);
        clock.Advance(RetryInterval);
        var probe = await circuit.ExecuteAsync(_ => Task.FromResult(++calls), -1, CancellationToken.None);

        Assert.Equal(-1, skipped);
        Assert.Equal(1, probe);
        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task ExecuteAsync_ProbeSucceeds_LogsOneRecoveryAndClosesTheCircuit()
    {
        var (circuit, clock, logs) = Create();
        await OpenAsync(circuit);
        clock.Advance(TimeSpan.FromSeconds(42));

        await circuit.ExecuteAsync(_ => Task.FromResult("pong"), "fallback", CancellationToken.None);
        var afterwards = await circuit.ExecuteAsync(_ => Task.FromResult("pong"), "fallback", CancellationToken.None);

        var recovery = Assert.Single(logs.WithEvent(4101));
        Assert.Equal(LogLevel.Information, recovery.Level);
        Assert.Contains("00:00:42", recovery.Message);
        Assert.Equal("pong", afterwards);
        Assert.Null(circuit.UnavailableSince);
    }

    [Fact]
    public async Task ExecuteAsync_ProbeFails_StaysOpenWithoutAnotherWarning()
    {
        var (circuit, clock, logs) = Create();
        await OpenAsync(circuit);
        var since = circuit.UnavailableSince;
        clock.Advance(RetryInterval);

        await circuit.ExecuteAsync(Fails<string>, "fallback", CancellationToken.None);
        var calls = 0;
        var skipped = await circuit.ExecuteAsync(_ => Task.FromResult(++calls), -1, CancellationToken.None);

        Assert.Equal((-1, 0), (skipped, calls));
        Assert.Single(logs.WithEvent(4100));
        Assert.Equal(since, circuit.UnavailableSince);
    }

    [Fact]
    public async Task ExecuteAsync_SecondOutage_LogsItsOwnWarning()
    {
        var (circuit, clock, logs) = Create();
        await OpenAsync(circuit);
        clock.Advance(RetryInterval);
        await circuit.ExecuteAsync(_ => Task.FromResult(true), false, CancellationToken.None);

        await OpenAsync(circuit);

        Assert.Equal(2, logs.WithEvent(4100).Count);
    }

    [Fact]
    public async Task ExecuteAsync_CallerCancels_ThrowsInsteadOfAnsweringTheFallback()
    {
        var (circuit, _, _) = Create();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            circuit.ExecuteAsync(token => Task.FromCanceled<int>(token), -1, cancelled.Token));
    }

    [Fact]
    public async Task ExecuteAsync_NoRedisConfigured_NeverCallsRedis()
    {
        var options = Options.Create(new CacheOptions());
        var circuit = new RedisCircuit(options, new RedisConnection(options), TimeProvider.System, new RecordedLogs().CreateLogger<RedisCircuit>());
        var calls = 0;

        var answer = await circuit.ExecuteAsync(_ => Task.FromResult(++calls), -1, CancellationToken.None);

        Assert.Equal((-1, 0), (answer, calls));
        Assert.False(circuit.IsConfigured);
    }

    private static Task<T> Fails<T>(CancellationToken token) => Task.FromException<T>(new TimeoutException("Redis does not answer"));

    /// <summary>Two failures in a row: the fewest that open the circuit (at least two calls, at least half failing).</summary>
    private static async Task OpenAsync(RedisCircuit circuit)
    {
        await circuit.ExecuteAsync(Fails<bool>, false, CancellationToken.None);
        await circuit.ExecuteAsync(Fails<bool>, false, CancellationToken.None);
        Assert.NotNull(circuit.UnavailableSince);
    }

    private static (RedisCircuit Circuit, ManualClock Clock, RecordedLogs Logs) Create()
    {
        var options = Options.Create(new CacheOptions { RedisConfiguration = "127.0.0.1:6399", RetryInterval = RetryInterval });
        var clock = new ManualClock();
        var logs = new RecordedLogs();
        return (new RedisCircuit(options, new RedisConnection(options), clock, logs.CreateLogger<RedisCircuit>()), clock, logs);
    }
}
