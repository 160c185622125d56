using CollectiveImpact.Graph.Analytics.Centrality;
using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Api.Services.Analyses;
using CollectiveImpact.Graph.Api.Services.Errors;
using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Api.Services.Exports;

/// <summary>
/// Reads a projection of the network as of a date for a graph file (<see cref="GraphFile"/>): the nodes a caller may
/// see, and the measures asked for computed through <see cref="AnalysisRunner"/> (so cached and shared with the
/// <c>centrality</c> field, on the request's lane).
/// </summary>
public sealed class GraphFileExporter(ProjectionProvider projections, AsOfViews views, AnalysisRunner runner)
{
    /// <summary>
    /// The measures a file can carry: those that take milliseconds even on the largest projection. The shortest-path
    /// measures (betweenness, closeness, harmonic) can take minutes there and run as jobs through GraphQL instead.
    /// </summary>
    public static IReadOnlyList<CentralityMeasure> Offered { get; } =
        [CentralityMeasure.Degree, CentralityMeasure.WeightedDegree, CentralityMeasure.PageRank, CentralityMeasure.Eigenvector];

    /// <param name="kind">The projection.</param>
    /// <param name="asOf">The date to read the network as of; null for today.</param>
    /// <param name="measures">Measures to add as node attributes, each one of <see cref="Offered"/>.</param>
    /// <param name="canSee">Whether the caller may see a node; the others are left out with their edges.</param>
    /// <param name="cancellationToken">Stops the reading and the measures.</param>
    public async Task<GraphFile> ExportAsync(
        ProjectionKind kind, DateOnly? asOf, IReadOnlyList<CentralityMeasure> measures, Func<INetworkNode, bool> canSee, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(measures);
        ArgumentNullException.ThrowIfNull(canSee);
        RequireOffered(measures);

        var date = asOf ?? views.Today;
        var network = await views.StoredAsOfAsync(projections, date, cancellationToken);
        var projection = network.Projections.Get(kind);
        var ids = projection.Graph.NodeIds;
        var nodes = new List<int>(ids.Count);
        for (var i = 0; i < ids.Count; i++)
        {
            // People are the only nodes a caller may be kept from; every other node is visible to all.
            if (projection.NodeKinds[i] != NodeKind.Person || (network.FindNode(ids[i]) is { } node && canSee(node)))
            {
                nodes.Add(i);
            }
        }

        var scored = new List<(CentralityMeasure, double[])>();
        foreach (var measure in measures.Distinct())
        {
            var run = await runner.RunAsync(
                new CentralityAnalysis(kind, measure, Top: null, Normalized: true, Weighted: null, Sample: null), date, cancellationToken);
            var scores = new double[ids.Count];
            foreach (var ranked in run.Result)
            {
                if (projection.Graph.TryGetIndex(ranked.Id, out var index))
                {
                    scores[index] = ranked.Score;
                }
            }

            scored.Add((measure, scores));
        }

        return new GraphFile(projection, network.Version, date, nodes, scored);
    }

    /// <summary>Refuses a measure that is not <see cref="Offered"/>, saying what is and where the others are.</summary>
    public static void RequireOffered(IEnumerable<CentralityMeasure> measures, string parameter = "measures")
    {
        foreach (var refused in measures.Where(m => !Offered.Contains(m)))
        {
            throw new ArgumentProblem(
                $"{parameter}: {ExportNames.Constant(refused)} is not offered in exported files (it can take minutes on a large network); offered are {string.Join(", ", Offered.Select(ExportNames.Constant))}. " +
                $"Run centrality(measure: {ExportNames.Constant(refused)}) through /graphql for it.");
        }
    }
}
