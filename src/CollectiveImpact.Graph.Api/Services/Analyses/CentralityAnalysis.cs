using CollectiveImpact.Graph.Analytics.Centrality;
using CollectiveImpact.Graph.Analytics.Graphs;
using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Api.Services.Errors;

namespace CollectiveImpact.Graph.Api.Services.Analyses;

/// <summary>
/// A per-node centrality on one projection, through <see cref="CentralityCalculator"/> (NetworkX 3.x conventions).
/// </summary>
/// <param name="Projection">The projection it runs on.</param>
/// <param name="Measure">The measure.</param>
/// <param name="Top">How many of the ranking to return; null for all. Applied on reading, so not part of the cache key.</param>
/// <param name="Normalized">NetworkX's <c>normalized</c> (degree and betweenness read it).</param>
/// <param name="Weighted">Use edge weights; null for the measure's NetworkX default (unweighted, but PageRank weighted).</param>
/// <param name="Sample">Betweenness only: sampled sources instead of all; null for exact.</param>
/// <param name="MaxIterations">Eigenvector and PageRank only: the iteration budget (eigenvector: Lanczos matrix–vector
/// products per component; PageRank: power iterations, NetworkX's max_iter); null for 100, with which eigenvector
/// centrality converges on every benchmark projection (FULL included).</param>
public sealed record CentralityAnalysis(
    ProjectionKind Projection,
    CentralityMeasure Measure,
    int? Top,
    bool Normalized,
    bool? Weighted,
    CentralitySample? Sample,
    int? MaxIterations = null) : IParallelAnalysis<IReadOnlyList<RankedNode>>, IProgressAnalysis<IReadOnlyList<RankedNode>>
{
    /// <summary>The largest power-iteration budget a request may ask for: O(m) work each, so bounded like any cost.</summary>
    public const int MaxIterationsLimit = 10_000;

    public string Name => "centrality";

    /// <summary>The most threads its searches may use (set by the scheduler; null: every core). Not a key parameter: the result does not depend on it.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    public IParallelAnalysis<IReadOnlyList<RankedNode>> WithMaxDegreeOfParallelism(int? maxDegreeOfParallelism) =>
        this with { MaxDegreeOfParallelism = maxDegreeOfParallelism };

    /// <summary>Told the fraction done by the shortest-path measures (<see cref="CentralityOptions.Progress"/>); null for none. Not a key parameter.</summary>
    public IProgress<double>? Progress { get; init; }

    public IAnalysis<IReadOnlyList<RankedNode>> WithProgress(IProgress<double> progress) => this with { Progress = progress };

    /// <summary>The budget the power iteration runs with; null for the measures that do not iterate.</summary>
    public int? EffectiveMaxIterations =>
        IsPowerIteration(Measure) ? MaxIterations ?? CentralityOptions.Default.MaxIterations : null;

    public IEnumerable<KeyValuePair<string, object?>> KeyParameters() =>
    [
        new("projection", Projection),
        new("measure", Measure),
        new("normalized", Normalized),
        new("weighted", Weighted),
        new("sampleSize", Sample?.Size),
        new("sampleSeed", Sample?.Seed),
        new("maxIterations", EffectiveMaxIterations),
    ];

    public void Validate(ProjectedNetwork network)
    {
        AnalysisArguments.RequireTop(Top);
        if (MaxIterations is not null && !IsPowerIteration(Measure))
        {
            throw new ArgumentProblem($"maxIterations: applies only to EIGENVECTOR and PAGE_RANK; {Measure} does not iterate.");
        }

        if (MaxIterations is < 1 or > MaxIterationsLimit)
        {
            throw new ArgumentProblem($"maxIterations: must be between 1 and {MaxIterationsLimit}; got {MaxIterations}.");
        }

        if (Sample is null)
        {
            return;
        }

        if (Measure != CentralityMeasure.Betweenness)
        {
            throw new ArgumentProblem($"sample: applies only to BETWEENNESS; {Measure} is always computed exactly.");
        }

        var nodes = network.Projections.Get(Projection).Graph.NodeCount;
        if (Sample.Size < 1 || Sample.Size > nodes)
        {
            throw new ArgumentProblem($"sample.size: must be between 1 and {nodes} (the nodes of the {Projection} projection); got {Sample.Size}.");
        }
    }

    /// <summary>
    /// The error bound of a sampled betweenness (<see cref="BetweennessErrorBound.Hoeffding"/>, δ = 0.05, normalized
    /// scale) for its ranking, which holds every node of the projection; null when exact.
    /// </summary>
    public double? ErrorBound(IReadOnlyList<RankedNode> ranking) =>
        Sample is null ? null : BetweennessErrorBound.Hoeffding(ranking.Count, Sample.Size);

    private static bool IsPowerIteration(CentralityMeasure measure) =>
        measure is CentralityMeasure.Eigenvector or CentralityMeasure.PageRank;

    public IReadOnlyList<RankedNode> Compute(ProjectedNetwork network, CancellationToken cancellationToken)
    {
        var options = new CentralityOptions
        {
            Normalized = Normalized,
            Weighted = Weighted,
            SampleSize = Sample?.Size,
            Seed = Sample?.Seed ?? 0,
            MaxIterations = EffectiveMaxIterations ?? CentralityOptions.Default.MaxIterations,
            MaxDegreeOfParallelism = MaxDegreeOfParallelism,
            Progress = Progress,
        };
        NodeScores scores;
        try
        {
            scores = CentralityCalculator.Compute(network.Projections.Get(Projection).Graph, Measure, options, cancellationToken);
        }
        catch (PowerIterationFailedConvergenceException failed) when (options.MaxIterations < MaxIterationsLimit)
        {
            throw new AnalysisDidNotConvergeProblem($"{failed.Message} Ask again with a larger maxIterations (at most {MaxIterationsLimit}).");
        }

        // The ranking, not the scores: NodeScores holds the graph, and the ranking is what is read and cached.
        return scores.Ranked();
    }
}
