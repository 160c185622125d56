using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.Tests.Centrality;

/// <summary>Canonical small graphs built inline, for the hand-checked cases.</summary>
internal static class SmallGraphs
{
    /// <summary>P_n: a path of n nodes "p0" - "p1" - ... .</summary>
    public static UndirectedGraph Path(int n) => UndirectedGraph.Create(
        Enumerable.Range(0, n).Select(i => $"p{i}").ToArray(),
        Enumerable.Range(0, n - 1).Select(i => new WeightedEdge(i, i + 1, 1.0)));

    /// <summary>A hub "hub" with leaves "leaf1" .. "leaf{leaves}".</summary>
    public static UndirectedGraph Star(int leaves) => UndirectedGraph.Create(
        ["hub", .. Enumerable.Range(1, leaves).Select(i => $"leaf{i}")],
        Enumerable.Range(1, leaves).Select(i => new WeightedEdge(0, i, 1.0)));

    /// <summary>K_n on "k0" .. .</summary>
    public static UndirectedGraph Complete(int n) => UndirectedGraph.Create(
        Enumerable.Range(0, n).Select(i => $"k{i}").ToArray(),
        from u in Enumerable.Range(0, n) from v in Enumerable.Range(u + 1, n - u - 1) select new WeightedEdge(u, v, 1.0));

    public static UndirectedGraph Empty() => UndirectedGraph.Create([], Array.Empty<WeightedEdge>());

    public static UndirectedGraph SingleNode() => UndirectedGraph.Create(["only"], Array.Empty<WeightedEdge>());

    /// <summary>Nodes "a", "b", "c" and no ties.</summary>
    public static UndirectedGraph Isolates() => UndirectedGraph.Create(["a", "b", "c"], Array.Empty<WeightedEdge>());
}
