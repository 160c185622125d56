using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.StructuralHoles;

/// <summary>Per-node totals of tie strength that Burt's measures normalize by, and their shared isolate rule.</summary>
internal static class TieStrength
{
    /// <summary>Σ of a node's edge weights (its degree when unweighted): the denominator of Burt's <c>p_uv</c>.</summary>
    public static double[] Totals(UndirectedGraph graph, bool weighted)
    {
        var totals = new double[graph.NodeCount];
        for (var u = 0; u < totals.Length; u++)
        {
            if (!weighted)
            {
                totals[u] = graph.Degree(u);
                continue;
            }

            foreach (var weight in graph.NeighborWeights(u))
            {
                totals[u] += weight;
            }
        }

        return totals;
    }

    /// <summary>A node's strongest edge weight (0 for an isolate): the denominator of Burt's <c>m_vw</c>.</summary>
    public static double[] Strongest(UndirectedGraph graph)
    {
        var strongest = new double[graph.NodeCount];
        for (var u = 0; u < strongest.Length; u++)
        {
            foreach (var weight in graph.NeighborWeights(u))
            {
                strongest[u] = Math.Max(strongest[u], weight);
            }
        }

        return strongest;
    }

    /// <summary>Burt's measures are about the ties a node has; a node with none gets NaN, as in NetworkX.</summary>
    public static void MarkIsolatesUndefined(UndirectedGraph graph, double[] values)
    {
        for (var u = 0; u < values.Length; u++)
        {
            if (graph.Degree(u) == 0)
            {
                values[u] = double.NaN;
            }
        }
    }
}
