using CollectiveImpact.Graph.Analytics.Clustering;
using CollectiveImpact.Graph.Analytics.Execution;
using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.StructuralHoles;

/// <summary>
/// Burt's constraint: how much a node's ties lead, directly or through each other, to the same few contacts, i.e.
/// how little room it has to broker between otherwise unconnected parts of the network (high = closed, redundant
/// ego network; low = spans structural holes). Matches NetworkX's <c>nx.constraint(G)</c> and, weighted,
/// <c>nx.constraint(G, weight="weight")</c>.
/// </summary>
/// <remarks>
/// <para><b>Formula.</b> <c>c(u) = Σ_{v ∈ N(u)} ℓ(u, v)</c>, with local constraint
/// <c>ℓ(u, v) = (p_uv + Σ_{w ∈ N(u)} p_uw p_wv)²</c> and <c>p_uv = a_uv / Σ_{x ∈ N(u)} a_ux</c>, the share of
/// <c>u</c>'s tie strength invested in <c>v</c> (<c>a</c> = edge weight, or 1 unweighted). NetworkX's mutual weight
/// <c>a_uv + a_vu</c> is <c>2 a_uv</c> on an undirected graph, and the 2 cancels in <c>p</c>.</para>
/// <para><b>Normalization.</b> None beyond <c>p</c>: a leaf (one tie) scores 1, the hub of a star with <c>d</c>
/// unconnected contacts <c>1/d</c>, and a small closed ego network can exceed 1 (a node of a triangle scores
/// 1.125). An isolate has no ties to invest in: undefined, <see cref="double.NaN"/>, as in NetworkX.</para>
/// <para><b>Weighted.</b> With <c>weighted</c>, <c>a</c> is the edge weight (NetworkX's <c>weight="weight"</c>);
/// otherwise every edge counts 1 (NetworkX's default <c>weight=None</c>).</para>
/// <para><b>Parameters.</b> <c>weighted</c> (default false); <c>cancellationToken</c>, looked at every 1,024 edges.</para>
/// <para><b>Complexity.</b> One intersection of sorted adjacency lists per edge gives both <c>ℓ(u, v)</c> and
/// <c>ℓ(v, u)</c>: O(Σ_(u,v) min(d_u, d_v) log d) time, O(m^{3/2} log n) at worst; O(n + max degree) memory.</para>
/// <para><b>References.</b> Burt, R. S., <i>Structural Holes: The Social Structure of Competition</i>, Harvard
/// University Press (1992), ISBN 978-0-674-84372-1. Burt, R. S., "Structural holes and good ideas", American
/// Journal of Sociology 110(2), 349–399 (2004), doi:10.1086/421787.</para>
/// </remarks>
public static class Constraint
{
    public static NodeScores Compute(UndirectedGraph graph, bool weighted = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        cancellationToken.ThrowIfCancellationRequested();
        var strength = TieStrength.Totals(graph, weighted);
        var values = new double[graph.NodeCount];
        var capacity = CommonNeighbors.MaxDegree(graph);
        var atU = new int[capacity];
        var atV = new int[capacity];
        var edges = 0;
        foreach (var (u, v, edgeWeight) in graph.Edges)
        {
            Checkpoint.Every(++edges, cancellationToken);
            var weight = weighted ? edgeWeight : 1.0;
            var count = CommonNeighbors.Find(graph, u, v, atU, atV);
            var neighborsU = graph.Neighbors(u);
            var weightsU = graph.NeighborWeights(u);
            var weightsV = graph.NeighborWeights(v);
            var indirectUv = 0.0;
            var indirectVu = 0.0;
            for (var k = 0; k < count; k++)
            {
                var w = neighborsU[atU[k]];
                var weightUw = weighted ? weightsU[atU[k]] : 1.0;
                var weightVw = weighted ? weightsV[atV[k]] : 1.0;
                indirectUv += weightUw / strength[u] * (weightVw / strength[w]);
                indirectVu += weightVw / strength[v] * (weightUw / strength[w]);
            }

            var directUv = weight / strength[u];
            var directVu = weight / strength[v];
            values[u] += (directUv + indirectUv) * (directUv + indirectUv);
            values[v] += (directVu + indirectVu) * (directVu + indirectVu);
        }

        TieStrength.MarkIsolatesUndefined(graph, values);
        return new NodeScores(graph, values);
    }
}
