using CollectiveImpact.Graph.Api.Caching;
using CollectiveImpact.Graph.Api.Tests.Caching.Support;

namespace CollectiveImpact.Graph.Api.Tests.Caching;

/// <summary>The analysis cache's process-memory level: bounded in bytes and entries, expiring, on a manual clock.</summary>
public sealed class InMemoryResultsTests
{
    private static (InMemoryResults Results, ManualClock Clock) Create(long limitBytes = 1000, int maxEntries = 100)
    {
        var clock = new ManualClock();
        var settings = new CacheOptions { MemoryLimitBytes = limitBytes, MemoryMaxEntries = maxEntries, MemoryExpiration = TimeSpan.FromMinutes(10) };
        return (new InMemoryResults(settings, clock), clock);
    }

    [Fact]
    public void Set_PastTheByteLimit_DropsLeastRecentlyUsedAndStaysWithinTheLimit()
    {
        var (results, _) = Create(limitBytes: 1000);
        for (var i = 0; i < 10; i++)
        {
            Assert.True(results.Set($"k{i}", $"v{i}", 200));
            Assert.True(results.TryGet<string>("k0", out _) || i >= 5, "k0 is used after each set, so it stays recent");
        }

        Assert.True(results.Bytes <= 1000, $"held {results.Bytes} bytes");
        Assert.True(results.TryGet<string>("k0", out var first));
        Assert.Equal("v0", first);
        Assert.True(results.TryGet<string>("k9", out _));
        Assert.False(results.TryGet<string>("k1", out _));
    }

    [Fact]
    public void Set_ResultOverAQuarterOfTheLimit_IsNotKept()
    {
        var (results, _) = Create(limitBytes: 1000);

        Assert.Equal(250, results.LargestEntryBytes);
        Assert.False(results.Set("huge", "value", 251));
        Assert.True(results.Set("fits", "value", 250));
        Assert.False(results.TryGet<string>("huge", out _));
        Assert.Equal(250, results.Bytes);
    }

    [Fact]
    public void TryGet_AfterTheExpiration_MissesAndReleasesTheBytes()
    {
        var (results, clock) = Create();
        results.Set("k", "v", 100);

        clock.Advance(TimeSpan.FromMinutes(10));

        Assert.False(results.TryGet<string>("k", out _));
        Assert.Equal(0, results.Bytes);
        Assert.Equal(0, results.Count);
    }

    [Fact]
    public void DropExpired_DropsOnlyExpiredResults()
    {
        var (results, clock) = Create();
        results.Set("old", "v", 100);
        clock.Advance(TimeSpan.FromMinutes(6));
        results.Set("new", "v", 50);
        clock.Advance(TimeSpan.FromMinutes(5));

        var dropped = results.DropExpired();

        Assert.Equal(1, dropped);
        Assert.Equal(50, results.Bytes);
        Assert.True(results.TryGet<string>("new", out _));
    }

    [Fact]
    public void Set_LimitZero_KeepsNothing()
    {
        var (results, _) = Create(limitBytes: 0);

        Assert.False(results.Enabled);
        Assert.False(results.Set("k", "v", 0));
        Assert.Equal(0, results.Count);
    }

    [Fact]
    public void TryGet_OtherType_Misses()
    {
        var (results, _) = Create();
        results.Set("k", "v", 1);

        Assert.False(results.TryGet<int[]>("k", out _));
    }
}
