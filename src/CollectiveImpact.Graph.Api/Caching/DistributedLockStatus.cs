namespace CollectiveImpact.Graph.Api.Caching;

internal enum DistributedLockStatus
{
    /// <summary>This replica holds the claim and should compute.</summary>
    Acquired,

    /// <summary>Another replica holds the claim: wait for its result.</summary>
    Busy,

    /// <summary>Redis is not configured or does not answer: compute without a claim.</summary>
    Unavailable,
}
