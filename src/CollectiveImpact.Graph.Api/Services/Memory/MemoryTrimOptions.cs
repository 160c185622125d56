namespace CollectiveImpact.Graph.Api.Services.Memory;

/// <summary>
/// When the idle process gives memory back after heavy work (section <c>MemoryTrim</c>, <see cref="IdleMemoryTrimmer"/>);
/// README "Memory" says why each default.
/// </summary>
public sealed record MemoryTrimOptions
{
    public const string Section = "MemoryTrim";

    /// <summary>Off, the heap is left to the garbage collector's own pace. Default on.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long the process must have been quiet (see <see cref="QuietAllocationBytesPerSecond"/>) before it trims. Default 5 s.</summary>
    public TimeSpan IdleFor { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often the trimmer looks at the heap and the schedulers. Default 1 s.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Quiet means no analysis running or queued, at most this many bytes allocated per second and at most
    /// <see cref="QuietWorkItemsPerSecond"/>: a trickle of requests (a dashboard polling) is quiet, a load of cached hits
    /// is not. Default 16 MiB/s.
    /// </summary>
    public long QuietAllocationBytesPerSecond { get; set; } = 16L << 20;

    /// <summary>
    /// Quiet also means at most this many thread-pool work items completed per second: a load of cheap requests
    /// (health probes, cached hits) allocates little but runs thousands; an idle service runs a few (timers). About 50
    /// requests a second at the default, 500.
    /// </summary>
    public long QuietWorkItemsPerSecond { get; set; } = 500;

    /// <summary>
    /// How much the managed heap's committed memory must have grown since the last trim (or since its lowest) for a
    /// trim to be worth its pause. Default 64 MiB.
    /// </summary>
    public long MinHeapGrowthBytes { get; set; } = 64L << 20;

    /// <summary>
    /// After a trim for growth, one more trim this much later (when quiet): the analysis cache keeps results in memory
    /// for <c>Cache:MemoryExpiration</c> (10 minutes); the trim drops the expired ones before it compacts, with
    /// nothing else allocating to collect them. Default 12 minutes.
    /// </summary>
    public TimeSpan FollowUpAfter { get; set; } = TimeSpan.FromMinutes(12);

    public IEnumerable<string> Problems()
    {
        if (FollowUpAfter <= TimeSpan.Zero) yield return "MemoryTrim:FollowUpAfter must be positive.";
        if (IdleFor <= TimeSpan.Zero) yield return "MemoryTrim:IdleFor must be positive.";
        if (CheckInterval <= TimeSpan.Zero) yield return "MemoryTrim:CheckInterval must be positive.";
        if (QuietAllocationBytesPerSecond < 0) yield return "MemoryTrim:QuietAllocationBytesPerSecond must not be negative.";
        if (MinHeapGrowthBytes < 0) yield return "MemoryTrim:MinHeapGrowthBytes must not be negative.";
        if (QuietWorkItemsPerSecond < 0) yield return "MemoryTrim:QuietWorkItemsPerSecond must not be negative.";
    }
}
