namespace CollectiveImpact.Graph.Analytics.Centrality;

/// <summary>
/// How far a sampled betweenness estimate (<see cref="BetweennessCentrality"/> with a sample size) can be from the
/// exact scores: a bound ε that holds for every node at once with probability at least 1 − δ.
/// </summary>
/// <remarks>
/// <para><b>Derivation.</b> Let n be the node count and k the number of sampled sources. For a node v and a source
/// s ≠ v, let X_s = δ_s(v) / (n − 2), where δ_s(v) = Σ_{t ≠ s, v} σ(s, t | v) / σ(s, t) is the dependency of s on v;
/// each pair term is at most 1 and there are n − 2 targets, so X_s ∈ [0, 1]. The exact normalized score is the mean of
/// X_s over the n − 1 sources s ≠ v. The estimate is the mean of X_s over the sampled sources other than v: k of them
/// when v was not drawn, k − 1 when it was; either way, given whether v was drawn, the others are a uniform sample
/// without replacement of V ∖ {v}, so the estimate is unbiased. Hoeffding's inequality holds for sampling without
/// replacement (Hoeffding 1963, section 6): with m ≥ k − 1 draws, P(|estimate − exact| ≥ ε) ≤ 2 exp(−2 (k − 1) ε²).
/// A union bound over the n nodes makes the failure probability for any node at most 2n exp(−2 (k − 1) ε²); setting
/// it to δ gives</para>
/// <para>ε = √( ln(2n / δ) / (2 (k − 1)) ),</para>
/// <para>capped at 1 (normalized scores lie in [0, 1]). k = n is exact (ε = 0); k = 1 leaves the sampled source's own
/// score undefined (NaN, as NetworkX) and gives ε = 1, no information. δ is
/// <see cref="FailureProbability"/> (0.05). The bound is on the normalized scale; for unnormalized scores multiply by
/// (n − 1)(n − 2) / 2.</para>
/// <para>It is conservative: it assumes nothing about the graph. Riondato and Kornaropoulos (2016) sample shortest
/// paths instead of sources and bound k by the vertex diameter (VC dimension) rather than ln n; Brandes and Pich
/// (2007) introduced the source-sampling estimator used here and gave the per-node Hoeffding argument.</para>
/// <para><b>References.</b> Hoeffding, W., "Probability inequalities for sums of bounded random variables", Journal
/// of the American Statistical Association 58(301), 13–30, 1963. doi:10.1080/01621459.1963.10500830. Brandes, U. and
/// Pich, C., "Centrality estimation in large networks", International Journal of Bifurcation and Chaos 17(7),
/// 2303–2318, 2007. doi:10.1142/S0218127407018403. Riondato, M. and Kornaropoulos, E. M., "Fast approximation of
/// betweenness centrality through sampling", Data Mining and Knowledge Discovery 30(2), 438–475, 2016.
/// doi:10.1007/s10618-015-0423-0.</para>
/// </remarks>
public static class BetweennessErrorBound
{
    /// <summary>δ: the probability allowed for any node's estimate to be off by more than the bound (0.05).</summary>
    public const double FailureProbability = 0.05;

    /// <summary>ε for a sample of <paramref name="sampleSize"/> sources out of <paramref name="nodeCount"/> nodes, with
    /// δ = <paramref name="failureProbability"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The sample size is not between 1 and the node count, or δ is not
    /// strictly between 0 and 1.</exception>
    public static double Hoeffding(int nodeCount, int sampleSize, double failureProbability = FailureProbability)
    {
        if (sampleSize < 1 || sampleSize > nodeCount)
        {
            throw new ArgumentOutOfRangeException(nameof(sampleSize), sampleSize, $"The sample size must be between 1 and the number of nodes ({nodeCount}).");
        }

        if (!(failureProbability > 0.0 && failureProbability < 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(failureProbability), failureProbability, "δ must be strictly between 0 and 1.");
        }

        if (sampleSize == nodeCount || nodeCount <= 2)
        {
            return 0.0; // Every source searched, or no node can lie between two others: the scores are exact.
        }

        if (sampleSize == 1)
        {
            return 1.0;
        }

        var epsilon = Math.Sqrt(Math.Log(2.0 * nodeCount / failureProbability) / (2.0 * (sampleSize - 1)));
        return Math.Min(1.0, epsilon);
    }
}
