using CollectiveImpact.Graph.Api.Caching;

namespace CollectiveImpact.Graph.Api.Tests.Caching.Support;

/// <summary>Many identical requests at once, each on its own thread-pool task, for stampede tests.</summary>
public static class ConcurrentRequests
{
    /// <summary>
    /// Starts <paramref name="count"/> lookups of <paramref name="key"/>; a computation calls <paramref name="computing"/>
    /// and then holds until <paramref name="gate"/> opens, so the test decides when the cold key gets its value.
    /// </summary>
    public static IReadOnlyList<Task<string>> Start(CacheHost host, int count, AnalysisKey key, TaskCompletionSource gate, Action computing) =>
        Enumerable.Range(0, count)
            .Select(_ => Task.Run(async () => await host.Cache.GetOrComputeAsync(key, async token =>
            {
                computing();
                await gate.Task.WaitAsync(token);
                return $"{key.Analysis} at v{key.NetworkVersion}";
            })))
            .ToList();
}
