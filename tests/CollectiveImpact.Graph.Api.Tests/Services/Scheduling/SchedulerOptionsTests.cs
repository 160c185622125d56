using CollectiveImpact.Graph.Api.Services.Scheduling;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;

namespace CollectiveImpact.Graph.Api.Tests.Services.Scheduling;

/// <summary>The Scheduler section's checks, and that the host refuses to start on a section that fails them.</summary>
public sealed class SchedulerOptionsTests
{
    [Fact]
    public void Problems_Defaults_NoneAndAtLeastOneWorker()
    {
        var defaults = new SchedulerOptions();

        Assert.Empty(defaults.Problems());
        Assert.Equal(Math.Max(1, Environment.ProcessorCount - 1), defaults.EffectiveWorkers);
    }

    [Theory]
    [InlineData("Workers", "-1")]
    [InlineData("MaxQueued", "0")]
    [InlineData("MaxQueuedPerCaller", "0")]
    [InlineData("MaxAnalysesPerRequest", "0")]
    [InlineData("MaxQueueWait", "00:00:00")]
    public void Start_InvalidSetting_FailsNamingTheSection(string key, string value)
    {
        using var factory = new ConfiguredApiFactory(new Dictionary<string, string?> { [$"Scheduler:{key}"] = value });

        var error = Assert.ThrowsAny<Exception>(() => factory.Services);

        Assert.Contains("Scheduler", error.ToString(), StringComparison.Ordinal);
    }
}
