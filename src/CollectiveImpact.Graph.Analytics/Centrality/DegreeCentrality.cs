using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.Centrality;

/// <summary>
/// Degree centrality: how many ties a node has.
/// </summary>
/// <remarks>
/// <para><b>Formula.</b> C_D(v) = deg(v), the number of neighbours of v.</para>
/// <para><b>Normalization.</b> Normalized (the default), C_D(v) = deg(v) / (n − 1), the fraction of the other nodes
/// v is tied to; for n ≤ 1 every node scores 1, as NetworkX defines it. Raw degree otherwise.</para>
/// <para><b>Weights.</b> None; the weighted analogue is <see cref="WeightedDegree"/>.</para>
/// <para><b>Complexity.</b> O(n).</para>
/// <para><b>References.</b> Freeman, L. C., "Centrality in social networks: conceptual clarification",
/// Social Networks 1(3), 215–239, 1978. doi:10.1016/0378-8733(78)90021-7.</para>
/// <para><b>NetworkX.</b> <c>nx.degree_centrality(G)</c> when normalized, <c>dict(G.degree())</c> otherwise.</para>
/// </remarks>
public static class DegreeCentrality
{
    /// <param name="graph">The graph.</param>
    /// <param name="normalized">Divide by n − 1 (default true).</param>
    /// <param name="cancellationToken">Looked at once: the whole computation is one pass over the nodes.</param>
    public static NodeScores Compute(UndirectedGraph graph, bool normalized = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        cancellationToken.ThrowIfCancellationRequested();
        var n = graph.NodeCount;
        var scores = new double[n];
        if (normalized && n <= 1)
        {
            // n − 1 is 0: NetworkX defines the lone node's centrality as 1 rather than 0/0.
            Array.Fill(scores, 1.0);
            return new NodeScores(graph, scores);
        }

        var scale = normalized ? 1.0 / (n - 1) : 1.0;
        for (var v = 0; v < n; v++)
        {
            scores[v] = graph.Degree(v) * scale;
        }

        return new NodeScores(graph, scores);
    }
}
