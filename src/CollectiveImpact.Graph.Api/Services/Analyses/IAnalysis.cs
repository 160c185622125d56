namespace CollectiveImpact.Graph.Api.Services.Analyses;

/// <summary>
/// One analysis with its parameters, defaults resolved: what <see cref="AnalysisRunner"/> runs, echoes back with the
/// result, and keys the cache by. Implementations are records of plain values, so two equal requests are equal.
/// </summary>
/// <typeparam name="TResult">What it computes: plain records of ids and numbers (no graph objects), so a result can be
/// cached out of process and read back.</typeparam>
public interface IAnalysis<out TResult>
{
    /// <summary>The analysis's name in cache keys and logs, e.g. <c>centrality</c>.</summary>
    string Name { get; }

    /// <summary>
    /// The parameters the computed result depends on, by name: the cache key's. Presentation-only parameters (how many
    /// of a ranking to show) are left out, because the result holds the whole ranking and they are applied on reading.
    /// </summary>
    IEnumerable<KeyValuePair<string, object?>> KeyParameters();

    /// <summary>Rejects parameters out of range for <paramref name="network"/> with an INVALID_ARGUMENT naming the argument.</summary>
    void Validate(ProjectedNetwork network);

    /// <summary>Computes the result on one version; CPU-bound, so the runner calls it off the request thread.</summary>
    TResult Compute(ProjectedNetwork network, CancellationToken cancellationToken);
}
