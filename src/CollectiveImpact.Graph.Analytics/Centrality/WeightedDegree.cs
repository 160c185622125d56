using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.Centrality;

/// <summary>
/// Weighted degree (node strength): the total weight of a node's ties.
/// </summary>
/// <remarks>
/// <para><b>Formula.</b> s(v) = Σ_{u ∈ N(v)} w(u, v).</para>
/// <para><b>Normalization.</b> None (NetworkX has none); on an unweighted graph it equals the degree.</para>
/// <para><b>Weights.</b> Always weighted: a weight counts as a strength (in the ORGANIZATIONS projection, the number
/// of distinct connections between two organizations).</para>
/// <para><b>Complexity.</b> O(n + m).</para>
/// <para><b>References.</b> Barrat, A., Barthélemy, M., Pastor-Satorras, R. and Vespignani, A., "The architecture of
/// complex weighted networks", PNAS 101(11), 3747–3752, 2004. doi:10.1073/pnas.0400087101.</para>
/// <para><b>NetworkX.</b> <c>dict(G.degree(weight="weight"))</c>.</para>
/// </remarks>
public static class WeightedDegree
{
    /// <param name="graph">The graph.</param>
    /// <param name="cancellationToken">Looked at once: the whole computation is one pass over the edges.</param>
    public static NodeScores Compute(UndirectedGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        cancellationToken.ThrowIfCancellationRequested();
        var scores = new double[graph.NodeCount];
        for (var v = 0; v < scores.Length; v++)
        {
            var total = 0.0;
            foreach (var w in graph.NeighborWeights(v))
            {
                total += w;
            }

            scores[v] = total;
        }

        return new NodeScores(graph, scores);
    }
}
