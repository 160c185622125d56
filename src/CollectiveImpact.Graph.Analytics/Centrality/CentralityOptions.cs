namespace CollectiveImpact.Graph.Analytics.Centrality;

/// <summary>
/// How <see cref="CentralityCalculator.Compute"/> runs a measure. The defaults are NetworkX 3.x's, so a score computed with
/// <see cref="Default"/> is the one NetworkX gives for the same graph.
/// </summary>
public sealed record CentralityOptions
{
    public static CentralityOptions Default { get; } = new();

    /// <summary>
    /// Rescale as NetworkX's <c>normalized=True</c> does (default true). Read by <see cref="CentralityMeasure.Degree"/>
    /// (degree / (n − 1) versus raw degree) and <see cref="CentralityMeasure.Betweenness"/>; the other measures have no
    /// such switch in NetworkX (closeness, eigenvector and PageRank are normalized by definition, weighted degree and
    /// harmonic closeness never are) and ignore it.
    /// </summary>
    public bool Normalized { get; init; } = true;

    /// <summary>
    /// Use tie weights; null (default) means the measure's NetworkX default, which is unweighted for every measure but
    /// <see cref="CentralityMeasure.PageRank"/> (<c>nx.pagerank</c> reads <c>weight="weight"</c> unless told
    /// otherwise). Betweenness, closeness and harmonic closeness read a weight as a distance (a longer edge), as
    /// NetworkX does; eigenvector centrality and PageRank read it as a strength. Degree ignores it (ask for
    /// <see cref="CentralityMeasure.WeightedDegree"/>), and weighted degree is weighted by definition.
    /// </summary>
    public bool? Weighted { get; init; }

    /// <summary>
    /// Betweenness only: estimate from this many sampled source nodes (NetworkX's <c>k</c>) instead of all of them;
    /// null (default) is exact. Must be between 1 and the number of nodes; any other measure rejects it.
    /// </summary>
    public int? SampleSize { get; init; }

    /// <summary>Seed for the sampled sources when <see cref="SampleSize"/> is set (default 0); the same seed, graph and
    /// sample size always pick the same sources.</summary>
    public int Seed { get; init; }

    /// <summary>
    /// Eigenvector centrality and PageRank only: the iteration budget (default 100). For PageRank, power iterations,
    /// NetworkX's <c>max_iter</c>; for eigenvector centrality, matrix–vector products of its Lanczos solver per connected
    /// component, of which the <c>FULL</c> projection of a 20,000-organization network needs about a dozen. Within the
    /// budget the result is the same whatever the budget.
    /// </summary>
    public int MaxIterations { get; init; } = PowerIteration.DefaultMaxIterations;

    /// <summary>
    /// The most threads the shortest-path measures (betweenness, closeness, harmonic closeness) may search on; null
    /// (default) for every core. A scheduler that gives an analysis a share of the machine sets it; the scores do not
    /// depend on it. At least 1; the other measures run on one thread and ignore it.
    /// </summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>
    /// The shortest-path measures (betweenness, closeness, harmonic closeness): told the fraction of the work done,
    /// 0 to 1, as the searches go (at most about a hundred reports per call, from any worker thread); null (default) for
    /// none. A background job reads it to show progress and estimate the time left; the scores do not depend on it.
    /// </summary>
    public IProgress<double>? Progress { get; init; }
}
