using CollectiveImpact.Graph.Api.Auth;

namespace CollectiveImpact.Graph.Api.Services.Scheduling;

/// <summary>
/// One request's slot in <see cref="AnalysisScheduler"/> (scoped: one per request). The analyses of a request run one
/// after another through it, never side by side, so a request holds at most one queued or running item and a request
/// with many analysis fields costs the pool what one does at a time.
/// </summary>
/// <remarks>Not disposable on purpose: a computation another request joined may still release the lane after this
/// request ended.</remarks>
public sealed class AnalysisLane(AnalysisScheduler scheduler, IHttpContextAccessor httpContext)
{
    /// <summary>The caller whose share of the queue the lane's work takes; "internal" outside a request.</summary>
    public const string InternalCaller = "internal";

    private readonly SemaphoreSlim turn = new(1, 1);

    /// <summary>The scheduler's caller key: <see cref="Caller.PartitionKey"/> of the request's caller.</summary>
    public string CallerKey { get; } = Caller.From(httpContext.HttpContext?.User)?.PartitionKey ?? InternalCaller;

    /// <summary>The threads one analysis may use inside its computation (<see cref="AnalysisScheduler.ParallelismPerAnalysis"/>).</summary>
    public int ParallelismPerAnalysis => scheduler.ParallelismPerAnalysis;

    /// <summary>Waits for the request's previous analysis to finish, then runs <paramref name="work"/> on the scheduler.</summary>
    public async Task<T> RunAsync<T>(Func<CancellationToken, T> work, CancellationToken cancellationToken)
    {
        await turn.WaitAsync(cancellationToken);
        try
        {
            return await scheduler.RunAsync(CallerKey, work, cancellationToken);
        }
        finally
        {
            turn.Release();
        }
    }
}
