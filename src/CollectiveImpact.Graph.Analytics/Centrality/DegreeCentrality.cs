using System.Runtime.Intrinsics;
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
        if (normalized && n <= 1)
        {
            // n − 1 is 0: NetworkX defines the lone node's centrality as 1 rather than 0/0.
            var ones = new double[n];
            Array.Fill(ones, 1.0);
            return new NodeScores(graph, ones);
        }

        // Every element is written below, so the array need not be zeroed first (on the 200,000-node graphs it is a
        // large-object-heap array, which the runtime otherwise clears in full).
        var scores = GC.AllocateUninitializedArray<double>(n);
        Scale(graph.AdjacencyOffsets, normalized ? 1.0 / (n - 1) : 1.0, scores);
        return new NodeScores(graph, scores);
    }

    /// <summary>
    /// <c>scores[v] = (offsets[v + 1] − offsets[v]) × scale</c>, eight nodes at a time where the hardware has 256-bit
    /// vectors: int to double and the product are exact conversions and one rounding each, as in the scalar loop, so
    /// both give the same bits.
    /// </summary>
    private static void Scale(ReadOnlySpan<int> offsets, double scale, Span<double> scores)
    {
        var v = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var factor = Vector256.Create(scale);
            for (; v + Vector256<int>.Count <= scores.Length; v += Vector256<int>.Count)
            {
                var degree = Vector256.Create(offsets.Slice(v + 1, Vector256<int>.Count)) - Vector256.Create(offsets.Slice(v, Vector256<int>.Count));
                var (lower, upper) = Vector256.Widen(degree);
                (Vector256.ConvertToDouble(lower) * factor).CopyTo(scores.Slice(v, Vector256<double>.Count));
                (Vector256.ConvertToDouble(upper) * factor).CopyTo(scores.Slice(v + Vector256<double>.Count, Vector256<double>.Count));
            }
        }

        for (; v < scores.Length; v++)
        {
            scores[v] = (offsets[v + 1] - offsets[v]) * scale;
        }
    }
}
