using CollectiveImpact.Graph.Analytics.Clustering;
using CollectiveImpact.Graph.Analytics.Execution;
using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.StructuralHoles;

/// <summary>
/// Burt's effective size: the number of a node's contacts less their redundancy, i.e. how many non-overlapping
/// parts of the network its ties reach. Matches NetworkX's <c>nx.effective_size(G)</c> and, weighted,
/// <c>nx.effective_size(G, weight="weight")</c>.
/// </summary>
/// <remarks>
/// <para><b>Formula.</b> Burt (1992): <c>e(u) = Σ_{v ∈ N(u)} (1 − Σ_{w ∈ N(u)} p_uw m_vw)</c>, with
/// <c>p_uw = a_uw / Σ_{x ∈ N(u)} a_ux</c> (the share of <c>u</c>'s tie strength in <c>w</c>) and
/// <c>m_vw = a_vw / max_{x ∈ N(v)} a_vx</c> (<c>v</c>'s tie to <c>w</c> relative to its strongest).
/// Unweighted, this reduces to Borgatti's (1997) shortcut, which NetworkX uses for unweighted undirected graphs and
/// so do we: <c>e(u) = n − 2t/n</c>, with <c>n = deg(u)</c> and <c>t</c> the number of ties among <c>u</c>'s
/// contacts (the triangles through <c>u</c>).</para>
/// <para><b>Normalization.</b> Between 1 and <c>deg(u)</c> unweighted: <c>deg(u)</c> when no two contacts are tied,
/// 1 when all are. Divide by the degree for Burt's efficiency. An isolate has no ego network: undefined,
/// <see cref="double.NaN"/>, as in NetworkX.</para>
/// <para><b>Weighted.</b> With <c>weighted</c>, <c>a</c> is the edge weight and Burt's general formula is used;
/// otherwise every edge counts 1 and Borgatti's shortcut gives the same value exactly.</para>
/// <para><b>Parameters.</b> <c>weighted</c> (default false); <c>cancellationToken</c>, looked at every 1,024 edges
/// (weighted) or lowest triangle corners (unweighted).</para>
/// <para><b>Complexity.</b> Unweighted, the triangle count of <see cref="Triangles"/>: O(m^{3/2}) time, O(n + m) memory.
/// Weighted, one intersection of sorted adjacency lists per edge for the redundancy of both ends: O(m^{3/2} log n)
/// time at worst, O(n + max degree) memory.</para>
/// <para><b>References.</b> Burt, R. S., <i>Structural Holes: The Social Structure of Competition</i>, Harvard
/// University Press (1992), ISBN 978-0-674-84372-1. Borgatti, S. P., "Structural holes: unpacking Burt's redundancy
/// measures", Connections 20(1), 35–38 (1997), https://www.analytictech.com/connections/v20(1)/holes.htm.</para>
/// </remarks>
public static class EffectiveSize
{
    public static NodeScores Compute(UndirectedGraph graph, bool weighted = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        cancellationToken.ThrowIfCancellationRequested();
        var values = weighted ? Burt(graph, cancellationToken) : Borgatti(graph, cancellationToken);
        TieStrength.MarkIsolatesUndefined(graph, values);
        return new NodeScores(graph, values);
    }

    private static double[] Borgatti(UndirectedGraph graph, CancellationToken cancellationToken)
    {
        var twiceTies = Triangles.Twice(graph, weighted: false, cancellationToken);
        var values = new double[graph.NodeCount];
        for (var u = 0; u < values.Length; u++)
        {
            double n = graph.Degree(u);
            values[u] = n - twiceTies[u] / n;
        }

        return values;
    }

    private static double[] Burt(UndirectedGraph graph, CancellationToken cancellationToken)
    {
        var total = TieStrength.Totals(graph, weighted: true);
        var strongest = TieStrength.Strongest(graph);
        var values = new double[graph.NodeCount];
        var capacity = CommonNeighbors.MaxDegree(graph);
        var atU = new int[capacity];
        var atV = new int[capacity];
        var edges = 0;
        foreach (var (u, v, _) in graph.Edges)
        {
            Checkpoint.Every(++edges, cancellationToken);
            var count = CommonNeighbors.Find(graph, u, v, atU, atV);
            var weightsU = graph.NeighborWeights(u);
            var weightsV = graph.NeighborWeights(v);
            var redundancyUv = 0.0;
            var redundancyVu = 0.0;
            for (var k = 0; k < count; k++)
            {
                var weightUw = weightsU[atU[k]];
                var weightVw = weightsV[atV[k]];
                redundancyUv += weightUw / total[u] * (weightVw / strongest[v]);
                redundancyVu += weightVw / total[v] * (weightUw / strongest[u]);
            }

            values[u] += 1 - redundancyUv;
            values[v] += 1 - redundancyVu;
        }

        return values;
    }
}
