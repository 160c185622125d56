using CollectiveImpact.Graph.Analytics.Centrality;
using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Store.Documents;
using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Api.Services.Exports;

/// <summary>
/// One projection of the network as of a date, ready to be written for another network tool
/// (<see cref="GraphMLWriter"/>, <see cref="GexfWriter"/>): the nodes the caller may see (<see cref="Nodes"/>, indices
/// into <see cref="Projection"/>'s graph, in its order) with the edges between them, and a score per node for each
/// measure asked for.
/// </summary>
/// <param name="Projection">The projection, with its node kinds, names, sectors, community-led flags and edge relations.</param>
/// <param name="NetworkVersion">The stored network's version it was read from.</param>
/// <param name="AsOf">The date the network was read as of.</param>
/// <param name="Nodes">The nodes written, by index; the others (people the caller may not see) and their edges are left out.</param>
/// <param name="Measures">Per measure, a score per node index (scores of the whole projection, hidden nodes included).</param>
public sealed record GraphFile(
    NetworkProjection Projection,
    long NetworkVersion,
    DateOnly AsOf,
    IReadOnlyList<int> Nodes,
    IReadOnlyList<(CentralityMeasure Measure, double[] Scores)> Measures)
{
    /// <summary>The attribute name of a measure, as both formats write it: "pageRank", "weightedDegree".</summary>
    public static string AttributeName(CentralityMeasure measure)
    {
        var name = measure.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    /// <summary>A node's sector as the format spells it, or null when it has none.</summary>
    public string? SectorOf(int node) => Projection.Sectors[node] is { } sector ? NetworkFormat.Name(sector) : null;

    /// <summary>An organization's community-led flag as "true"/"false"; null for every other kind of node.</summary>
    public string? CommunityLedOf(int node) =>
        Projection.NodeKinds[node] == NodeKind.Organization ? (Projection.CommunityLed[node] ? "true" : "false") : null;

    /// <summary>The lower-case name of a node kind ("organization") as the files write it.</summary>
    public string KindOf(int node) => Projection.NodeKinds[node].ToString().ToLowerInvariant();

    /// <summary>The edges both of whose ends are written, by index into the graph's edge list.</summary>
    public IEnumerable<int> Edges()
    {
        var written = new bool[Projection.Graph.NodeCount];
        foreach (var node in Nodes)
        {
            written[node] = true;
        }

        var edges = Projection.Graph.Edges;
        for (var e = 0; e < edges.Count; e++)
        {
            if (written[edges[e].U] && written[edges[e].V])
            {
                yield return e;
            }
        }
    }

    /// <summary>The kinds of connection an edge stands for, as the API spells them, joined by ';' ("COLLABORATES;PEOPLE_TIE").</summary>
    public string RelationsOf(int edge) => string.Join(';', Projection.RelationsOf(edge).Select(ExportNames.Constant));
}
