namespace CollectiveImpact.Graph.Api.Tests.Caching.Support;

/// <summary>A fact that needs a real Redis: skipped, saying why, where neither redis-server nor Docker exists.</summary>
public sealed class RedisFactAttribute : FactAttribute
{
    public RedisFactAttribute()
    {
        if (RedisServer.Unavailable is { } reason)
        {
            Skip = reason;
        }
    }
}
