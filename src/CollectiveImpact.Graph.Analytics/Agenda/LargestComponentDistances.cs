using CollectiveImpact.Graph.Analytics.Connectivity;
using CollectiveImpact.Graph.Analytics.Graphs;
using CollectiveImpact.Graph.Analytics.Traversal;

namespace CollectiveImpact.Graph.Analytics.Agenda;

/// <summary>
/// A graph's components and, for its largest component, every member's row sum Σ_t d(s, t) of unweighted distances:
/// what-if's "before", kept per network version so "after" is updated from it (<see cref="AddedEdgesShape"/>) rather
/// than searched again pair by pair.
/// </summary>
/// <remarks>
/// The row sums come from the same multi-source search as the total (<see cref="ComponentDistanceTotal"/>), each node
/// adding distance × sources reached at every level; distances being symmetric, a node's column sum over all sources
/// is its row sum. Memory: one long per node.
/// </remarks>
internal sealed class LargestComponentDistances
{
    private LargestComponentDistances(ConnectedComponentsResult components, IReadOnlyList<int> members, long[] rowSums, long total)
    {
        Components = components;
        Members = members;
        RowSums = rowSums;
        Total = total;
    }

    /// <summary>The graph's components.</summary>
    public ConnectedComponentsResult Components { get; }

    /// <summary>The largest component's nodes, ascending; empty for an empty graph.</summary>
    public IReadOnlyList<int> Members { get; }

    /// <summary>Σ_t d(s, t) over the largest component, by node index s (0 outside it).</summary>
    public long[] RowSums { get; }

    /// <summary>Σ d(s, t) over the ordered pairs of the largest component.</summary>
    public long Total { get; }

    /// <summary>
    /// The component count and the largest component's average shortest path (NetworkX <c>average_shortest_path_length</c>
    /// on it; null without nodes): the numbers of <see cref="Connectivity.DistanceMeasures"/>, from the same integer total.
    /// </summary>
    public GraphShape Shape => Members.Count switch
    {
        0 => new GraphShape(Components.Count, null),
        1 => new GraphShape(Components.Count, 0.0),
        var k => new GraphShape(Components.Count, (double)Total / ((double)k * (k - 1))),
    };

    public static LargestComponentDistances Compute(UndirectedGraph graph, int workers, CancellationToken cancellationToken)
    {
        var components = ConnectedComponents.Compute(graph, cancellationToken);
        var rowSums = new long[graph.NodeCount];
        if (components.Largest < 0)
        {
            return new LargestComponentDistances(components, [], rowSums, 0);
        }

        var members = components.Members(components.Largest);
        var total = members.Count < 2 ? 0 : ComponentDistanceTotal.Compute(graph, members, members, workers, rowSums, cancellationToken);
        return new LargestComponentDistances(components, members, rowSums, total);
    }
}
