using CollectiveImpact.Graph.Analytics.Communities;
using CollectiveImpact.Graph.Analytics.Connectivity;
using CollectiveImpact.Graph.Analytics.Graphs;
using CollectiveImpact.Graph.Analytics.Traversal;

namespace CollectiveImpact.Graph.Analytics.Agenda;

/// <summary>
/// The structural measures the collective impact analyses read, taken from the analytics families that own them
/// (Connectivity, Traversal, Communities), in the shapes brokerage needs (what-if's distances are
/// <see cref="LargestComponentDistances"/>).
/// </summary>
internal static class GraphMeasures
{
    public static int[] ComponentLabels(UndirectedGraph graph, CancellationToken cancellationToken) =>
        [.. ConnectedComponents.Compute(graph, cancellationToken).ComponentOf];

    /// <summary>Each node's Louvain community (seeded), by node index.</summary>
    public static int[] CommunityLabels(UndirectedGraph graph, int seed, CancellationToken cancellationToken) =>
        [.. Louvain.Detect(graph, seed, cancellationToken: cancellationToken).Membership];

    /// <summary>Steps on a shortest path from <paramref name="a"/> to <paramref name="b"/>; null when none.</summary>
    public static int? Distance(UndirectedGraph graph, int a, int b) => ShortestPath.HopDistance(graph, a, b);
}
