using CollectiveImpact.Graph.Api.Caching;
using CollectiveImpact.Graph.Api.Services.Memory;

namespace CollectiveImpact.Graph.Api.Tests.Services.Memory;

/// <summary>
/// When the idle trim fires: after the heap grew by the threshold and the process then stayed quiet (no analysis
/// pending, allocation under the rate) for the idle time; once per growth. Numbers are synthetic looks, one a second.
/// </summary>
public sealed class IdleMemoryTriggerTests
{
    private const long MiB = 1L << 20;
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    private static readonly MemoryTrimOptions Settings = new()
    {
        IdleFor = TimeSpan.FromSeconds(5),
        QuietAllocationBytesPerSecond = 16 * MiB,
        QuietWorkItemsPerSecond = 500,
        MinHeapGrowthBytes = 64 * MiB,
    };

    [Fact]
    public void Observe_HeapGrewThenQuietForTheIdleTime_FiresOnceAtTheFifthQuietSecond()
    {
        var trigger = new IdleMemoryTrigger(Settings);
        trigger.Observe(Second, 0, 400 * MiB, 0, analysesPending: false);

        // An analysis runs for three seconds, allocating 300 MiB a second; the heap grows to 900 MiB.
        var allocated = 0L;
        for (var i = 0; i < 3; i++)
        {
            allocated += 300 * MiB;
            Assert.False(trigger.Observe(Second, allocated, 900 * MiB, 0, analysesPending: true));
        }

        var fired = new List<int>();
        for (var second = 1; second <= 8; second++)
        {
            allocated += MiB;
            if (trigger.Observe(Second, allocated, 900 * MiB, 0, analysesPending: false))
            {
                fired.Add(second);
                trigger.Trimmed(450 * MiB);
            }
        }

        Assert.Equal([5], fired);
    }

    [Fact]
    public void Observe_QuietButTheHeapDidNotGrowEnough_NeverFires()
    {
        var trigger = new IdleMemoryTrigger(Settings);
        trigger.Observe(Second, 0, 400 * MiB, 0, analysesPending: false);

        var fired = Enumerable.Range(1, 30).Count(s => trigger.Observe(Second, s * MiB, 460 * MiB, 0, analysesPending: false));

        Assert.Equal(0, fired);
    }

    [Fact]
    public void Observe_HeapGrewUnderALoadOfRequests_WaitsUntilTheLoadStops()
    {
        var trigger = new IdleMemoryTrigger(Settings);
        trigger.Observe(Second, 0, 400 * MiB, 0, analysesPending: false);

        // Cached hits: no analysis pending, but 60 MiB allocated a second, for a minute.
        var allocated = 0L;
        for (var second = 0; second < 60; second++)
        {
            allocated += 60 * MiB;
            Assert.False(trigger.Observe(Second, allocated, 900 * MiB, 0, analysesPending: false));
        }

        var firstQuietFire = Enumerable.Range(1, 10).First(s => trigger.Observe(Second, allocated, 900 * MiB, 0, analysesPending: false));

        Assert.Equal(5, firstQuietFire);
    }

    [Fact]
    public void Observe_HeapGrewThenALoadOfRequestsThatAllocateLittle_WaitsUntilTheLoadStops()
    {
        var trigger = new IdleMemoryTrigger(Settings);
        trigger.Observe(Second, 0, 400 * MiB, 0, analysesPending: false);

        // Health probes: 8 MiB a second (quiet by allocation) but 20,000 work items a second, for a minute.
        var (allocated, workItems) = (0L, 0L);
        for (var second = 0; second < 60; second++)
        {
            (allocated, workItems) = (allocated + (8 * MiB), workItems + 20_000);
            Assert.False(trigger.Observe(Second, allocated, 900 * MiB, workItems, analysesPending: false));
        }

        var firstQuietFire = Enumerable.Range(1, 10).First(_ => trigger.Observe(Second, allocated, 900 * MiB, workItems += 20, analysesPending: false));

        Assert.Equal(5, firstQuietFire);
    }

    [Fact]
    public void Observe_AnAnalysisStartsBeforeTheIdleTimeIsUp_StartsCountingAgain()
    {
        var trigger = new IdleMemoryTrigger(Settings);
        trigger.Observe(Second, 0, 400 * MiB, 0, analysesPending: false);

        var answers = new List<bool>();
        foreach (var pending in new[] { false, false, false, false, true, false, false, false, false, false })
        {
            answers.Add(trigger.Observe(Second, 0, 900 * MiB, 0, pending));
        }

        Assert.Equal([false, false, false, false, false, false, false, false, false, true], answers);
    }

    [Fact]
    public void Observe_AfterATrim_FiresAgainOnlyAfterNewGrowth_AtOnceWhenItWasQuietMeanwhile()
    {
        var trigger = new IdleMemoryTrigger(Settings);
        trigger.Observe(Second, 0, 400 * MiB, 0, analysesPending: false);
        Assert.Contains(true, Enumerable.Range(1, 5).Select(_ => trigger.Observe(Second, 0, 900 * MiB, 0, analysesPending: false)));
        trigger.Trimmed(450 * MiB);

        var stillQuiet = Enumerable.Range(1, 20).Count(_ => trigger.Observe(Second, 0, 480 * MiB, 0, analysesPending: false));
        var afterGrowth = trigger.Observe(Second, 0, 520 * MiB, 0, analysesPending: false);

        Assert.Equal(0, stillQuiet);
        Assert.True(afterGrowth);
    }

    [Fact]
    public void Observe_HeapShrankByItself_MeasuresGrowthFromTheLowest()
    {
        var trigger = new IdleMemoryTrigger(Settings);
        trigger.Observe(Second, 0, 400 * MiB, 0, analysesPending: false);
        trigger.Observe(Second, 0, 300 * MiB, 0, analysesPending: true);

        // 380 MiB is 80 MiB over the lowest seen (300), under 64 MiB over the first (400) it would not be.
        var answers = Enumerable.Range(1, 5).Select(_ => trigger.Observe(Second, 0, 380 * MiB, 0, analysesPending: false)).ToList();

        Assert.Equal([false, false, false, false, true], answers);
    }

    [Fact]
    public void Observe_AfterATrimForGrowth_FollowsUpOnceWhenTheCachedResultsHaveExpired()
    {
        var trigger = new IdleMemoryTrigger(Settings);
        trigger.Observe(Second, 0, 400 * MiB, 0, analysesPending: false);
        Assert.Contains(true, Enumerable.Range(1, 5).Select(_ => trigger.Observe(Second, 0, 900 * MiB, 0, analysesPending: false)));
        trigger.Trimmed(750 * MiB);

        // Quiet from then on, the heap steady at what the trim left: one follow-up at FollowUpAfter, then nothing.
        var fired = new List<int>();
        for (var second = 1; second <= 3 * 3600; second++)
        {
            if (trigger.Observe(Second, 0, fired.Count == 0 ? 750 * MiB : 460 * MiB, 0, analysesPending: false))
            {
                fired.Add(second);
                trigger.Trimmed(460 * MiB);
            }
        }

        Assert.Equal([(int)Settings.FollowUpAfter.TotalSeconds], fired);
    }

    [Fact]
    public void Observe_FollowUpDueWhileAnalysesRun_WaitsForTheIdleTime()
    {
        var trigger = new IdleMemoryTrigger(Settings);
        trigger.Observe(Second, 0, 400 * MiB, 0, analysesPending: false);
        Assert.Contains(true, Enumerable.Range(1, 5).Select(_ => trigger.Observe(Second, 0, 900 * MiB, 0, analysesPending: false)));
        trigger.Trimmed(750 * MiB);

        var busyUntilDue = Enumerable.Range(1, (int)Settings.FollowUpAfter.TotalSeconds)
            .Count(_ => trigger.Observe(Second, 0, 750 * MiB, 0, analysesPending: true));
        var thenQuiet = Enumerable.Range(1, 5).Select(_ => trigger.Observe(Second, 0, 750 * MiB, 0, analysesPending: false)).ToList();

        Assert.Equal(0, busyUntilDue);
        Assert.Equal([false, false, false, false, true], thenQuiet);
    }

    [Fact]
    public void Observe_NegativeElapsed_IsRefused()
    {
        var trigger = new IdleMemoryTrigger(Settings);

        Assert.Throws<ArgumentOutOfRangeException>(() => trigger.Observe(TimeSpan.FromSeconds(-1), 0, 0, 0, analysesPending: false));
    }

    [Theory]
    [InlineData(0, 1, 0L, 0L, "MemoryTrim:IdleFor")]
    [InlineData(5, 0, 0L, 0L, "MemoryTrim:CheckInterval")]
    [InlineData(5, 1, -1L, 0L, "MemoryTrim:QuietAllocationBytesPerSecond")]
    [InlineData(5, 1, 0L, -1L, "MemoryTrim:MinHeapGrowthBytes")]
    public void Options_UnusableSetting_IsNamed(int idleSeconds, int checkSeconds, long quietRate, long growth, string setting)
    {
        var options = new MemoryTrimOptions
        {
            IdleFor = TimeSpan.FromSeconds(idleSeconds),
            CheckInterval = TimeSpan.FromSeconds(checkSeconds),
            QuietAllocationBytesPerSecond = quietRate,
            MinHeapGrowthBytes = growth,
        };

        Assert.Contains(options.Problems(), p => p.StartsWith(setting, StringComparison.Ordinal));
    }

    [Fact]
    public void Options_Defaults_HaveNoProblemAndFollowUpAfterTheCachedResultsExpire()
    {
        var defaults = new MemoryTrimOptions();

        Assert.Empty(defaults.Problems());
        Assert.True(defaults.FollowUpAfter > new CacheOptions().MemoryExpiration);
    }

    [Fact]
    public void Options_ZeroFollowUp_IsNamed()
    {
        var options = new MemoryTrimOptions { FollowUpAfter = TimeSpan.Zero };

        Assert.Contains(options.Problems(), p => p.StartsWith("MemoryTrim:FollowUpAfter", StringComparison.Ordinal));
    }

    [Fact]
    public void Options_NegativeWorkItemRate_IsNamed()
    {
        var options = new MemoryTrimOptions { QuietWorkItemsPerSecond = -1 };

        Assert.Contains(options.Problems(), p => p.StartsWith("MemoryTrim:QuietWorkItemsPerSecond", StringComparison.Ordinal));
    }
}
