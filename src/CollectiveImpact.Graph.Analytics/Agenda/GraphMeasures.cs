using CollectiveImpact.Graph.Analytics.Communities;
using CollectiveImpact.Graph.Analytics.Connectivity;
using CollectiveImpact.Graph.Analytics.Execution;
using CollectiveImpact.Graph.Analytics.Graphs;
using CollectiveImpact.Graph.Analytics.Traversal;

namespace CollectiveImpact.Graph.Analytics.Agenda;

/// <summary>
/// The structural measures the collective impact analyses read, taken from the analytics families that own them
/// (Connectivity, Traversal, Communities), in the shapes brokerage and what-if need.
/// </summary>
internal static class GraphMeasures
{
    public static int[] ComponentLabels(UndirectedGraph graph, CancellationToken cancellationToken) =>
        [.. ConnectedComponents.Compute(graph, cancellationToken).ComponentOf];

    /// <summary>
    /// The component count and the average shortest path length of the largest component (NetworkX
    /// <c>average_shortest_path_length</c> on it; null without nodes): the same numbers as
    /// <see cref="DistanceMeasures"/>, from the same integer total, but by multi-source search
    /// (<see cref="ComponentDistanceTotal"/>), without the diameter what-if does not report.
    /// </summary>
    public static GraphShape Shape(UndirectedGraph graph, int? maxDegreeOfParallelism, CancellationToken cancellationToken)
    {
        var components = ConnectedComponents.Compute(graph, cancellationToken);
        if (components.Largest < 0)
        {
            return new GraphShape(components.Count, null);
        }

        var members = components.Members(components.Largest);
        var k = members.Count;
        if (k == 1)
        {
            return new GraphShape(components.Count, 0.0);
        }

        var total = ComponentDistanceTotal.Compute(graph, members, Parallelism.Resolve(maxDegreeOfParallelism), cancellationToken);
        return new GraphShape(components.Count, (double)total / ((double)k * (k - 1)));
    }

    /// <summary>Each node's Louvain community (seeded), by node index.</summary>
    public static int[] CommunityLabels(UndirectedGraph graph, int seed, CancellationToken cancellationToken) =>
        [.. Louvain.Detect(graph, seed, cancellationToken: cancellationToken).Membership];

    /// <summary>Steps on a shortest path from <paramref name="a"/> to <paramref name="b"/>; null when none.</summary>
    public static int? Distance(UndirectedGraph graph, int a, int b) => ShortestPath.HopDistance(graph, a, b);
}
