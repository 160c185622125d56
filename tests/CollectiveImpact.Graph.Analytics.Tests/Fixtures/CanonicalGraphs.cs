using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.Tests.Fixtures;

/// <summary>Small graphs built in code for hand-checked tests.</summary>
internal static class CanonicalGraphs
{
    /// <summary>An unweighted graph on nodes "0".."n-1" from index pairs.</summary>
    public static UndirectedGraph Unweighted(int nodes, params (int U, int V)[] edges) =>
        UndirectedGraph.Create(Ids(nodes), edges.Select(e => new WeightedEdge(e.U, e.V, 1.0)));

    public static UndirectedGraph Path(int nodes) =>
        Unweighted(nodes, Enumerable.Range(0, Math.Max(0, nodes - 1)).Select(i => (i, i + 1)).ToArray());

    public static UndirectedGraph Complete(int nodes) =>
        Unweighted(nodes, (from u in Enumerable.Range(0, nodes) from v in Enumerable.Range(0, nodes) where u < v select (u, v)).ToArray());

    /// <summary>
    /// Borgatti's structural-holes example (Connections 20(1), 1997), as NetworkX's test_structuralholes.py builds
    /// it, with the edge weights that test uses when <paramref name="weighted"/>.
    /// </summary>
    public static UndirectedGraph Borgatti(bool weighted)
    {
        (string U, string V, double W)[] edges =
        [
            ("A", "B", 2), ("A", "F", 3), ("A", "G", 5), ("A", "E", 2), ("E", "G", 8),
            ("F", "G", 3), ("B", "G", 4), ("B", "D", 1), ("D", "G", 3), ("G", "C", 10),
        ];
        return UndirectedGraph.Create(
            ["A", "B", "C", "D", "E", "F", "G"],
            edges.Select(e => (e.U, e.V, weighted ? e.W : 1.0)));
    }

    public static UndirectedGraph Empty() => UndirectedGraph.Create(Array.Empty<string>(), Array.Empty<WeightedEdge>());

    public static string[] Ids(int nodes) => Enumerable.Range(0, nodes).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
}
