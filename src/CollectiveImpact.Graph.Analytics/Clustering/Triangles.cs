using CollectiveImpact.Graph.Analytics.Execution;
using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.Clustering;

/// <summary>
/// Per node, twice its (weighted) triangle count: <c>Σ_{v ∈ N(u)} Σ_{w ∈ N(u) ∩ N(v)} x_uvw</c>, with <c>x = 1</c>
/// unweighted and, weighted, the geometric mean <c>(ŵ_uv ŵ_uw ŵ_vw)^{1/3}</c> of the three edge weights normalized by
/// the largest weight in the graph. This is the <c>t</c> NetworkX's <c>_triangles_and_degree_iter</c> (unweighted) and
/// <c>_weighted_triangles_and_degree_iter</c> yield: the one count behind <see cref="LocalClustering"/>,
/// <see cref="Transitivity"/>, <see cref="AverageClustering"/> and Borgatti's effective size.
/// </summary>
/// <remarks>
/// <para><b>Algorithm.</b> The "forward" (compact-forward) triangle listing of Schank and Wagner, with a mark array in
/// place of list intersection: order the nodes by (degree, index) and point every edge from its lower to its higher
/// end; then, for each node <c>u</c>, mark its out-neighbours, and for each out-neighbour <c>v</c> scan the
/// out-neighbours <c>w</c> of <c>v</c>: a marked <c>w</c> closes the triangle <c>u → v → w</c>. Each triangle is found
/// exactly once, from its lowest-ranked corner, and credits its value to all three corners (twice each, since every
/// corner sees it from two of its edges).</para>
/// <para><b>Layout.</b> Degrees are read once into an array, the oriented adjacency is one compressed sparse row array,
/// unweighted counts are integers (one increment per corner, no floating point), and the transitivity asks only for
/// the total, so its inner loop writes nothing per node. Nothing is allocated per node.</para>
/// <para><b>Complexity.</b> O(m^{3/2}) time, since ordering by degree leaves every node at most O(√m) out-neighbours;
/// O(n + m) extra memory for the oriented adjacency and the marks.</para>
/// <para><b>References.</b> Schank, T. and Wagner, D., "Finding, counting and listing all triangles in large graphs,
/// an experimental study", WEA 2005, LNCS 3503, 606–609, doi:10.1007/11427186_54. Latapy, M., "Main-memory triangle
/// computations for very large (sparse (power-law)) graphs", Theoretical Computer Science 407, 458–473 (2008),
/// doi:10.1016/j.tcs.2008.07.017.</para>
/// </remarks>
internal static class Triangles
{
    /// <summary>Twice each node's triangle value; looks at <paramref name="cancellationToken"/> every 1,024 lowest corners.</summary>
    public static double[] Twice(UndirectedGraph graph, bool weighted, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var n = graph.NodeCount;
        var result = new double[n];
        if (graph.EdgeCount == 0)
        {
            return result;
        }

        if (!weighted)
        {
            var counts = new int[n];
            Count(graph, counts, cancellationToken);
            for (var u = 0; u < n; u++)
            {
                result[u] = 2.0 * counts[u];
            }

            return result;
        }

        var (offsets, targets, outWeights) = Orient(graph, weighted: true);
        var mark = new int[n];                                  // mark[w] == u + 1: w is an out-neighbour of u
        var markWeight = new double[n];                         // ŵ_uw of that mark
        for (var u = 0; u < n; u++)
        {
            Checkpoint.Every(u, cancellationToken);
            int start = offsets[u], end = offsets[u + 1];
            if (end - start < 2)
            {
                continue;                                       // a triangle's lowest corner has two out-edges
            }

            var stamp = u + 1;
            for (var i = start; i < end; i++)
            {
                mark[targets[i]] = stamp;
                markWeight[targets[i]] = outWeights![i];
            }

            for (var i = start; i < end; i++)
            {
                var v = targets[i];
                for (var j = offsets[v]; j < offsets[v + 1]; j++)
                {
                    var w = targets[j];
                    if (mark[w] != stamp)
                    {
                        continue;
                    }

                    var value = 2.0 * Math.Cbrt(outWeights![i] * markWeight[w] * outWeights[j]);
                    result[u] += value;
                    result[v] += value;
                    result[w] += value;
                }
            }
        }

        return result;
    }

    /// <summary>
    /// The number of triangles, unweighted; with <paramref name="perNode"/> (length n) also each node's count. Looks at
    /// <paramref name="cancellationToken"/> every 1,024 lowest corners.
    /// </summary>
    public static long Count(UndirectedGraph graph, int[]? perNode, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var n = graph.NodeCount;
        if (graph.EdgeCount == 0)
        {
            return 0;
        }

        var (offsets, targets, _) = Orient(graph, weighted: false);
        var mark = new int[n];                                  // mark[w] == u + 1: w is an out-neighbour of u
        long total = 0;
        for (var u = 0; u < n; u++)
        {
            Checkpoint.Every(u, cancellationToken);
            int start = offsets[u], end = offsets[u + 1];
            if (end - start < 2)
            {
                continue;                                       // a triangle's lowest corner has two out-edges
            }

            var stamp = u + 1;
            for (var i = start; i < end; i++)
            {
                mark[targets[i]] = stamp;
            }

            var atU = 0;
            for (var i = start; i < end; i++)
            {
                var v = targets[i];
                var atV = 0;
                for (var j = offsets[v]; j < offsets[v + 1]; j++)
                {
                    var w = targets[j];
                    if (mark[w] == stamp)
                    {
                        atV++;
                        if (perNode is not null)
                        {
                            perNode[w]++;
                        }
                    }
                }

                atU += atV;
                if (perNode is not null)
                {
                    perNode[v] += atV;
                }
            }

            total += atU;
            if (perNode is not null)
            {
                perNode[u] += atU;
            }
        }

        return total;
    }

    /// <summary>
    /// The adjacency with every edge kept once, at its end that comes first in (degree, index) order; with
    /// <paramref name="weighted"/>, each kept edge's weight divided by the largest weight in the graph.
    /// </summary>
    private static (int[] Offsets, int[] Targets, double[]? Weights) Orient(UndirectedGraph graph, bool weighted)
    {
        var n = graph.NodeCount;
        var degree = new int[n];
        for (var u = 0; u < n; u++)
        {
            degree[u] = graph.Degree(u);
        }

        var offsets = new int[n + 1];
        for (var u = 0; u < n; u++)
        {
            var kept = 0;
            var du = degree[u];
            foreach (var v in graph.Neighbors(u))
            {
                var dv = degree[v];
                if (du < dv || (du == dv && u < v))
                {
                    kept++;
                }
            }

            offsets[u + 1] = offsets[u] + kept;
        }

        var targets = new int[offsets[n]];
        var weights = weighted ? new double[offsets[n]] : null;
        var maxWeight = weighted ? graph.Edges.Max(e => e.Weight) : 1.0;   // callers return early on no edges
        for (var u = 0; u < n; u++)
        {
            var neighbors = graph.Neighbors(u);
            var neighborWeights = graph.NeighborWeights(u);
            var at = offsets[u];
            var du = degree[u];
            for (var k = 0; k < neighbors.Length; k++)
            {
                var v = neighbors[k];
                var dv = degree[v];
                if (du < dv || (du == dv && u < v))
                {
                    targets[at] = v;
                    if (weights is not null)
                    {
                        weights[at] = neighborWeights[k] / maxWeight;
                    }

                    at++;
                }
            }
        }

        return (offsets, targets, weights);
    }
}
