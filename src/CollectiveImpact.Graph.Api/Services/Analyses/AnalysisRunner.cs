using CollectiveImpact.Graph.Analytics.Centrality;
using CollectiveImpact.Graph.Api.Caching;
using CollectiveImpact.Graph.Api.GraphQL.Errors;

namespace CollectiveImpact.Graph.Api.Services.Analyses;

/// <summary>
/// Runs every analysis, through one method so the cache wraps them all in one place: takes the current version's
/// projections from <see cref="ProjectionProvider"/> (shared, never rebuilt per request), checks the parameters, and
/// returns the result from <see cref="AnalysisCache"/> or computes it off the request thread, with its parameters,
/// version and the time it was computed.
/// </summary>
/// <remarks>
/// The cache key is the analysis's name, its <see cref="IAnalysis{TResult}.KeyParameters"/> and the version read, so a
/// write makes every earlier result unreachable at once. Invalid parameters fail before the cache is asked; failed
/// computations are not cached.
/// </remarks>
public sealed class AnalysisRunner(ProjectionProvider projections, AnalysisCache cache, TimeProvider time)
{
    public async Task<AnalysisRun<TResult>> RunAsync<TResult>(IAnalysis<TResult> analysis, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var network = await projections.CurrentAsync(cancellationToken);
        analysis.Validate(network);
        var key = AnalysisKey.For(analysis.Name, network.Version, analysis.KeyParameters());
        var computed = await cache.GetOrComputeAsync(
            key, token => new ValueTask<ComputedAnalysis<TResult>>(ComputeAsync(analysis, network, token)), cancellationToken);
        return new AnalysisRun<TResult>(analysis, computed.NetworkVersion, computed.ComputedAt, computed.Value);
    }

    // The cache cancels the token only when every request waiting for this result gave up.
    private async Task<ComputedAnalysis<TResult>> ComputeAsync<TResult>(IAnalysis<TResult> analysis, ProjectedNetwork network, CancellationToken cancellationToken)
    {
        try
        {
            // CPU-bound: off the request thread. WaitAsync lets a cancelled wait end at once even where the measure
            // itself cannot stop midway.
            var value = await Task.Run(() => analysis.Compute(network, cancellationToken), cancellationToken).WaitAsync(cancellationToken);
            return new ComputedAnalysis<TResult>(network.Version, time.GetUtcNow(), value);
        }
        catch (PowerIterationFailedConvergenceException failed)
        {
            throw ApiError.DidNotConverge(failed.Message);
        }
    }
}
