using CollectiveImpact.Graph.Analytics.Centrality;
using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Api.GraphQL.Errors;

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
public sealed record CentralityAnalysis(
    ProjectionKind Projection,
    CentralityMeasure Measure,
    int? Top,
    bool Normalized,
    bool? Weighted,
    CentralitySample? Sample) : IAnalysis<CentralityResult>
{
    public string Name => "centrality";

    public IEnumerable<KeyValuePair<string, object?>> KeyParameters() =>
    [
        new("projection", Projection),
        new("measure", Measure),
        new("normalized", Normalized),
        new("weighted", Weighted),
        new("sampleSize", Sample?.Size),
        new("sampleSeed", Sample?.Seed),
    ];

    public void Validate(ProjectedNetwork network)
    {
        AnalysisArguments.RequireTop(Top);
        if (Sample is null)
        {
            return;
        }

        if (Measure != CentralityMeasure.Betweenness)
        {
            throw ApiError.InvalidArgument($"sample: applies only to BETWEENNESS; {Measure} is always computed exactly.");
        }

        var nodes = network.Projections.Get(Projection).Graph.NodeCount;
        if (Sample.Size < 1 || Sample.Size > nodes)
        {
            throw ApiError.InvalidArgument($"sample.size: must be between 1 and {nodes} (the nodes of the {Projection} projection); got {Sample.Size}.");
        }
    }

    public CentralityResult Compute(ProjectedNetwork network, CancellationToken cancellationToken)
    {
        var options = new CentralityOptions { Normalized = Normalized, Weighted = Weighted, SampleSize = Sample?.Size, Seed = Sample?.Seed ?? 0 };
        var scores = CentralityCalculator.Compute(network.Projections.Get(Projection).Graph, Measure, options);
        return new CentralityResult([.. scores.Ranked().Select(r => new ScoredNode(r.Id, AnalysisArguments.Defined(r.Score), r.Rank))]);
    }
}
