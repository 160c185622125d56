using CollectiveImpact.Graph.Analytics.Centrality;
using CollectiveImpact.Graph.Api.GraphQL.Errors;

namespace CollectiveImpact.Graph.Api.Services.Analyses;

/// <summary>
/// Runs every analysis, through one method so the cache wraps them all in one place: takes the current version's
/// projections from <see cref="ProjectionProvider"/> (shared, never rebuilt per request), checks the parameters,
/// computes off the request thread and returns the result with its parameters, version and time.
/// </summary>
public sealed class AnalysisRunner(ProjectionProvider projections, TimeProvider time)
{
    public async Task<AnalysisRun<TResult>> RunAsync<TResult>(IAnalysis<TResult> analysis, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var network = await projections.CurrentAsync(cancellationToken);
        analysis.Validate(network);
        var computed = await ComputeAsync<TResult>(analysis, network, cancellationToken);
        return new AnalysisRun<TResult>(analysis, computed.NetworkVersion, computed.ComputedAt, computed.Value);
    }

    private async Task<ComputedAnalysis<TResult>> ComputeAsync<TResult>(IAnalysis<TResult> analysis, ProjectedNetwork network, CancellationToken cancellationToken)
    {
        try
        {
            // CPU-bound: off the request thread. WaitAsync lets a cancelled request return at once even where the
            // measure itself cannot stop midway.
            var value = await Task.Run(() => analysis.Compute(network, cancellationToken), cancellationToken).WaitAsync(cancellationToken);
            return new ComputedAnalysis<TResult>(network.Version, time.GetUtcNow(), value);
        }
        catch (PowerIterationFailedConvergenceException failed)
        {
            throw ApiError.DidNotConverge(failed.Message);
        }
    }
}
