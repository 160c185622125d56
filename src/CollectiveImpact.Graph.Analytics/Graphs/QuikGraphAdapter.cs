using CollectiveImpact.Graph.Store.Domain;
using QuikGraph;

namespace CollectiveImpact.Graph.Analytics.Graphs;

/// <summary>
/// Hands this library's graphs to QuikGraph, so that any of its algorithms (connected and strongly connected
/// components, topological sorts, condensation, shortest paths, maximum flow, …) can run on a projection or on the
/// directed graph of one tie type. Vertices are node ids; every edge is tagged with its weight.
/// </summary>
/// <remarks>
/// The measures of this library run on <see cref="UndirectedGraph"/>'s compact arrays, not on these graphs: QuikGraph
/// keeps edge lists in dictionaries and raises events per vertex and edge, which is much slower on large graphs (see
/// <see cref="Connectivity.ConnectedComponents"/>). QuikGraph is used inside the library where its algorithm is the
/// one wanted and the graphs are small: the strongly and weakly connected components of the FEEDS_INTO pipelines
/// (<see cref="Reinforcement.ReinforcementCheck"/>) and the cycles and order of any directed tie type
/// (<see cref="Connectivity.DirectedTieStructure"/>).
/// </remarks>
public static class QuikGraphAdapter
{
    /// <summary>
    /// The same graph as a QuikGraph undirected graph: one vertex per node id (in node index order, isolates
    /// included), one edge per edge of <paramref name="graph"/> tagged with its weight.
    /// </summary>
    public static UndirectedGraph<string, TaggedUndirectedEdge<string, double>> ToQuikGraph(this UndirectedGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var quik = new UndirectedGraph<string, TaggedUndirectedEdge<string, double>>(allowParallelEdges: false);
        quik.AddVertexRange(graph.NodeIds);
        // QuikGraph wants an undirected edge's source not to compare above its target, by Comparer<string>.Default.
        quik.AddEdgeRange(graph.Edges.Select(e => Ordered(graph.NodeIds[e.U], graph.NodeIds[e.V], e.Weight)));
        return quik;
    }

    /// <summary>
    /// The directed graph of one directed tie type of <paramref name="network"/> (FEEDS_INTO between activities,
    /// FUNDS from organizations to organizations and activities, REFERS, SHARES_DATA): one vertex per node of a kind
    /// the type can join (so an activity with no FEEDS_INTO tie is a vertex of its own), in document order; one edge
    /// per tie, from → to, tagged with its weight (1 when the tie gives none). The network is taken as given: ties
    /// that have ended are edges too unless the network was read as of a date.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is undirected (COLLABORATES, COMMUNICATES).</exception>
    /// <exception cref="ArgumentException">A tie of <paramref name="type"/> ends at a node the network does not hold.</exception>
    public static BidirectionalGraph<string, TaggedEdge<string, double>> ToQuikGraph(this Network network, TieType type)
    {
        ArgumentNullException.ThrowIfNull(network);
        if (!TieRules.IsDirected(type))
        {
            throw new ArgumentOutOfRangeException(nameof(type), type, "Only the directed tie types (FUNDS, REFERS, SHARES_DATA, FEEDS_INTO) make a directed graph.");
        }

        var kinds = Enum.GetValues<NodeKind>();
        var ends = kinds.Where(k => kinds.Any(other => TieRules.Allows(type, k, other) || TieRules.Allows(type, other, k))).ToHashSet();
        var quik = new BidirectionalGraph<string, TaggedEdge<string, double>>(allowParallelEdges: false);
        quik.AddVertexRange(network.Nodes().Where(n => ends.Contains(n.Kind)).Select(n => n.Id));
        foreach (var tie in network.Ties.Where(t => t.Type == type))
        {
            if (!quik.ContainsVertex(tie.From) || !quik.ContainsVertex(tie.To))
            {
                throw new ArgumentException($"The {type} tie {tie.From} → {tie.To} ends at a node the network does not hold.", nameof(network));
            }

            quik.AddEdge(new TaggedEdge<string, double>(tie.From, tie.To, tie.EffectiveWeight));
        }

        return quik;
    }

    private static TaggedUndirectedEdge<string, double> Ordered(string a, string b, double weight) =>
        Comparer<string>.Default.Compare(a, b) <= 0 ? new(a, b, weight) : new(b, a, weight);
}
