namespace CollectiveImpact.Graph.Api.Caching;

/// <summary>What trying to claim a key came to: the lease when acquired, else whether another replica holds it.</summary>
internal readonly record struct DistributedLockAttempt(DistributedLockStatus Status, DistributedLockLease? Lease)
{
    public static DistributedLockAttempt Busy => new(DistributedLockStatus.Busy, null);

    public static DistributedLockAttempt Unavailable => new(DistributedLockStatus.Unavailable, null);

    public static DistributedLockAttempt Acquired(DistributedLockLease lease) => new(DistributedLockStatus.Acquired, lease);
}
