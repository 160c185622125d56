using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.Tests.Fixtures;

/// <summary>Seeded random graphs for checking an algorithm against its definition.</summary>
internal static class RandomGraphs
{
    /// <summary>
    /// A uniform random simple graph with exactly <paramref name="edges"/> edges on <paramref name="nodes"/> nodes:
    /// sparse enough to have trees hanging off cycles, several components and isolates.
    /// </summary>
    public static UndirectedGraph Sparse(int seed, int nodes, int edges)
    {
        var random = new Random(seed);
        var chosen = new HashSet<(int, int)>();
        while (chosen.Count < edges)
        {
            var u = random.Next(nodes);
            var v = random.Next(nodes);
            if (u != v)
            {
                chosen.Add(u < v ? (u, v) : (v, u));
            }
        }

        return UndirectedGraph.Create(CanonicalGraphs.Ids(nodes), chosen.Select(e => new WeightedEdge(e.Item1, e.Item2, 1.0)));
    }
}
