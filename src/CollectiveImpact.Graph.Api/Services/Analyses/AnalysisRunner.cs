using CollectiveImpact.Graph.Analytics.Centrality;
using CollectiveImpact.Graph.Api.Caching;
using CollectiveImpact.Graph.Api.Services.Errors;
using CollectiveImpact.Graph.Api.Services.Scheduling;

namespace CollectiveImpact.Graph.Api.Services.Analyses;

/// <summary>
/// Runs every analysis, through one method so the cache wraps them all in one place: takes the current version's
/// projections from <see cref="ProjectionProvider"/> (shared, never rebuilt per request), checks the parameters, and
/// returns the result from <see cref="AnalysisCache"/> or computes it on <see cref="AnalysisScheduler"/>'s workers in
/// the request's <see cref="AnalysisLane"/>, with its parameters, version and the time it was computed.
/// </summary>
/// <remarks>
/// The cache key is the analysis's name, its <see cref="IAnalysis{TResult}.KeyParameters"/> and the version read, so a
/// write makes every earlier result unreachable at once. Invalid parameters fail before the cache is asked; failed
/// computations are not cached. Scoped: one per request, like its lane. A cached result never reaches the scheduler;
/// only the cache's compute callback is scheduled. Each lookup is recorded in the request's <see cref="CacheStatsCollector"/>.
/// </remarks>
public sealed class AnalysisRunner(ProjectionProvider projections, AnalysisCache cache, CacheStatsCollector stats, AnalysisLane lane, TimeProvider time)
{
    public async Task<AnalysisRun<TResult>> RunAsync<TResult>(IAnalysis<TResult> analysis, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var network = await projections.CurrentAsync(cancellationToken);
        analysis.Validate(network);
        var key = AnalysisKey.For(analysis.Name, network.Version, analysis.KeyParameters());
        var computed = await cache.GetOrComputeAsync(
            key, token => new ValueTask<ComputedAnalysis<TResult>>(ComputeAsync(analysis, network, token)), stats, cancellationToken);
        return new AnalysisRun<TResult>(analysis, computed.NetworkVersion, computed.ComputedAt, computed.Value);
    }

    // The cache cancels the token only when every request waiting for this result gave up; the scheduler then drops the
    // queued item, or cancels the running computation's token and records how long it ran on.
    private async Task<ComputedAnalysis<TResult>> ComputeAsync<TResult>(IAnalysis<TResult> analysis, ProjectedNetwork network, CancellationToken cancellationToken)
    {
        try
        {
            // Parallel measures are confined to their worker, so analyses never take more cores than the scheduler has
            // workers and Parallel.For never borrows ThreadPool threads from the request path.
            var confined = analysis is IParallelAnalysis<TResult> parallel ? parallel.WithMaxDegreeOfParallelism(lane.ParallelismPerAnalysis) : analysis;
            var value = await lane.RunAsync(token => confined.Compute(network, token), cancellationToken);
            return new ComputedAnalysis<TResult>(network.Version, time.GetUtcNow(), value);
        }
        catch (PowerIterationFailedConvergenceException failed)
        {
            throw new AnalysisDidNotConvergeProblem(failed.Message);
        }
    }
}
