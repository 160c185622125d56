using CollectiveImpact.Graph.Api.Caching;
using CollectiveImpact.Graph.Api.Tests.Caching.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CollectiveImpact.Graph.Api.Tests.Caching;

/// <summary>The circuit's rules from <see cref="RedisAvailability"/>'s remarks, on a clock the test moves by hand (no Redis needed).</summary>
public sealed class RedisAvailabilityTests
{
    private static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(5);

    [Fact]
    public void ReportFailure_ManyTimesInOneOutage_LogsOneWarning()
    {
        var (availability, _, logs) = Create();

        for (var i = 0; i < 20; i++)
        {
            availability.ReportFailure(new TimeoutException("slow"));
        }

        var warning = Assert.Single(logs.AtLeast(LogLevel.Warning));
        Assert.Equal(4100, warning.EventId);
        Assert.Contains("127.0.0.1:6399", warning.Message);
        Assert.False(availability.IsAvailable);
    }

    [Fact]
    public void TryEnter_WhileUnavailable_LetsOneProbeThroughPerRetryInterval()
    {
        var (availability, clock, _) = Create();
        availability.ReportFailure(new TimeoutException("down"));

        var rightAway = availability.TryEnter();
        clock.Advance(RetryInterval);
        var probe = availability.TryEnter();
        var secondProbe = availability.TryEnter();

        Assert.False(rightAway);
        Assert.True(probe);
        Assert.False(secondProbe);
    }

    [Fact]
    public void ReportSuccess_AfterOutage_LogsOneRecoveryAndClosesTheCircuit()
    {
        var (availability, clock, logs) = Create();
        availability.ReportFailure(new TimeoutException("down"));
        clock.Advance(TimeSpan.FromSeconds(42));

        availability.ReportSuccess();
        availability.ReportSuccess();

        var recovery = Assert.Single(logs.WithEvent(4101));
        Assert.Equal(LogLevel.Information, recovery.Level);
        Assert.Contains("00:00:42", recovery.Message);
        Assert.True(availability.IsAvailable);
        Assert.True(availability.TryEnter());
    }

    [Fact]
    public void ReportFailure_SecondOutage_LogsItsOwnWarning()
    {
        var (availability, _, logs) = Create();

        availability.ReportFailure(new TimeoutException("first"));
        availability.ReportSuccess();
        availability.ReportFailure(new TimeoutException("second"));

        Assert.Equal(2, logs.WithEvent(4100).Count);
    }

    [Fact]
    public void TryEnter_NoRedisConfigured_NeverEnters()
    {
        var options = Options.Create(new CacheOptions());
        var availability = new RedisAvailability(options, new RedisConnection(options), TimeProvider.System, new RecordedLogs().CreateLogger<RedisAvailability>());

        Assert.False(availability.TryEnter());
        Assert.False(availability.IsAvailable);
    }

    private static (RedisAvailability Availability, ManualClock Clock, RecordedLogs Logs) Create()
    {
        var options = Options.Create(new CacheOptions { RedisConfiguration = "127.0.0.1:6399", RetryInterval = RetryInterval });
        var clock = new ManualClock();
        var logs = new RecordedLogs();
        return (new RedisAvailability(options, new RedisConnection(options), clock, logs.CreateLogger<RedisAvailability>()), clock, logs);
    }
}
