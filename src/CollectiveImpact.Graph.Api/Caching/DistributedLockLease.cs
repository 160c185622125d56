using StackExchange.Redis;

namespace CollectiveImpact.Graph.Api.Caching;

/// <summary>A held claim on a key; disposing releases it (only if it is still this lease's).</summary>
internal sealed class DistributedLockLease : IAsyncDisposable
{
    private readonly DistributedLock owner;
    private readonly RedisKey key;
    private readonly string token;
    private int released;

    internal DistributedLockLease(DistributedLock owner, RedisKey key, string token)
    {
        this.owner = owner;
        this.key = key;
        this.token = token;
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref released, 1) == 0)
        {
            await owner.ReleaseAsync(key, token);
        }
    }
}
