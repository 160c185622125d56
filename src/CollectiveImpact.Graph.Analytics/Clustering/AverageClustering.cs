using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.Clustering;

/// <summary>
/// Average clustering coefficient: the mean of the local clustering coefficients of the nodes. Matches NetworkX's
/// <c>nx.average_clustering(G, weight=None | "weight", count_zeros=True | False)</c>.
/// </summary>
/// <remarks>
/// <para><b>Formula.</b> <c>C = (1/n) Σ_u c_u</c> with <c>c_u</c> from <see cref="LocalClustering"/>; with
/// <c>countZeros = false</c> the mean runs over the nodes with <c>c_u &gt; 0</c> only.</para>
/// <para><b>Normalization.</b> In [0, 1]. Nodes of degree below 2 count as 0 (and so pull the mean down) unless
/// <c>countZeros</c> is false. Undefined, so <c>null</c>, when there is no node to average over: an empty graph
/// (NetworkX raises <c>ZeroDivisionError</c>), or no node with a non-zero coefficient when zeros are not counted.
/// Unlike <see cref="Transitivity"/>, every node weighs the same whatever its degree.</para>
/// <para><b>Weighted.</b> With <c>weighted</c>, the geometric-mean weighted coefficient of
/// <see cref="LocalClustering"/>.</para>
/// <para><b>Parameters.</b> <c>weighted</c> (default false); <c>countZeros</c> (default true, as NetworkX).</para>
/// <para><b>Complexity.</b> As <see cref="LocalClustering"/>.</para>
/// <para><b>References.</b> Watts, D. J. and Strogatz, S. H., "Collective dynamics of 'small-world' networks",
/// Nature 393, 440–442 (1998), doi:10.1038/30918. Kaiser, M., "Mean clustering coefficients: the role of isolated
/// nodes and leafs on clustering measures for small-world networks", New Journal of Physics 10, 083042 (2008),
/// doi:10.1088/1367-2630/10/8/083042.</para>
/// </remarks>
public static class AverageClustering
{
    public static double? Compute(UndirectedGraph graph, bool weighted = false, bool countZeros = true)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return Mean(LocalClustering.Compute(graph, weighted).Values, countZeros);
    }

    /// <summary>The mean of local coefficients already computed.</summary>
    internal static double? Mean(IReadOnlyList<double> coefficients, bool countZeros = true)
    {
        var sum = 0.0;
        var count = 0;
        foreach (var value in coefficients)
        {
            if (countZeros || Math.Abs(value) > 0)
            {
                sum += value;
                count++;
            }
        }

        return count == 0 ? null : sum / count;
    }
}
