namespace CollectiveImpact.Graph.Api.Services.Analyses;

/// <summary>
/// An analysis whose computation runs parallel loops (shortest-path searches across sources), so whoever runs it can
/// confine it to a number of threads. The result never depends on that number, so it is not a key parameter.
/// </summary>
/// <remarks>
/// The others run on the one thread that calls <see cref="IAnalysis{TResult}.Compute"/>. A scheduler that gives an
/// analysis <c>n</c> workers runs <c>analysis is IParallelAnalysis&lt;T&gt; p ? p.WithMaxDegreeOfParallelism(n) : analysis</c>.
/// </remarks>
/// <typeparam name="TResult">What it computes.</typeparam>
public interface IParallelAnalysis<out TResult> : IAnalysis<TResult>
{
    /// <summary>The most threads its loops may use; null for every core.</summary>
    int? MaxDegreeOfParallelism { get; }

    /// <summary>The same analysis confined to <paramref name="maxDegreeOfParallelism"/> threads (null: every core); at least 1.</summary>
    IParallelAnalysis<TResult> WithMaxDegreeOfParallelism(int? maxDegreeOfParallelism);
}
