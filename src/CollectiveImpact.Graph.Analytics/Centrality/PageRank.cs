using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.Centrality;

/// <summary>
/// PageRank: the share of time a random walker spends at a node when it follows a random tie (chosen in proportion to
/// its weight) with probability alpha and jumps to a uniformly random node otherwise.
/// </summary>
/// <remarks>
/// <para><b>Formula.</b> x_v = α Σ_{u ∈ N(v)} x_u w(u, v) / s(u) + α D / n + (1 − α) / n, where s(u) is u's weighted
/// degree and D = Σ x_u over dangling nodes (those with no ties: isolates), whose walker jumps uniformly, as
/// NetworkX's default <c>dangling=None</c>. Each undirected tie counts as two directed ones, as NetworkX does.</para>
/// <para><b>Iteration.</b> Start from x = 1/n everywhere, apply the formula until the L1 change is below
/// n · tolerance, at most <c>maxIterations</c> times (then throw <see cref="PowerIterationFailedConvergenceException"/>).
/// With α &lt; 1 the iteration contracts by α each step, so it converges on every graph, connected or not.</para>
/// <para><b>Normalization.</b> The scores sum to 1 (to within the tolerance).</para>
/// <para><b>Weights.</b> Weighted by default (a weight is a tie strength, the walker's preference), as
/// <c>nx.pagerank</c>'s <c>weight="weight"</c>; unweighted, every tie counts 1.</para>
/// <para><b>Complexity.</b> O(n + m) per iteration, at most <c>maxIterations</c> iterations.</para>
/// <para><b>References.</b> Page, L., Brin, S., Motwani, R. and Winograd, T., "The PageRank citation ranking:
/// bringing order to the Web", Stanford InfoLab technical report 1999-66, 1999 (http://ilpubs.stanford.edu:8090/422/).
/// Langville, A. N. and Meyer, C. D., "A survey of eigenvector methods for web information retrieval", SIAM Review
/// 47(1), 135–161, 2005. doi:10.1137/S0036144503424786.</para>
/// <para><b>NetworkX.</b> <c>nx.pagerank(G, alpha=0.85, personalization=None, max_iter=100, tol=1e-06,
/// nstart=None, weight="weight", dangling=None)</c>.</para>
/// </remarks>
public static class PageRank
{
    /// <param name="graph">The graph.</param>
    /// <param name="weighted">Follow ties in proportion to their weight (default true, as NetworkX).</param>
    /// <param name="alpha">Damping: the probability of following a tie (default 0.85, in [0, 1]).</param>
    /// <param name="maxIterations">Iteration budget (default 100, at least 1).</param>
    /// <param name="tolerance">Convergence tolerance per node (default 1e-6, positive).</param>
    /// <param name="cancellationToken">Looked at before each iteration (one pass over the edges); cancelled, the call
    /// throws <see cref="OperationCanceledException"/>.</param>
    /// <exception cref="PowerIterationFailedConvergenceException">No convergence within <paramref name="maxIterations"/>.</exception>
    public static NodeScores Compute(
        UndirectedGraph graph,
        bool weighted = true,
        double alpha = 0.85,
        int maxIterations = 100,
        double tolerance = 1e-6,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (!(alpha is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "The damping factor alpha must be between 0 and 1.");
        }

        PowerIteration.Validate(maxIterations, tolerance);
        var n = graph.NodeCount;
        if (n == 0)
        {
            return new NodeScores(graph, []);
        }

        // 1 / s(u), or 0 for a dangling node, so the inner loop multiplies only.
        var inverseStrength = new double[n];
        for (var u = 0; u < n; u++)
        {
            var strength = 0.0;
            foreach (var w in graph.NeighborWeights(u))
            {
                strength += weighted ? w : 1.0;
            }

            inverseStrength[u] = strength > 0 ? 1.0 / strength : 0.0;
        }

        var x = new double[n];
        var previous = new double[n];
        var share = new double[n];
        Array.Fill(x, 1.0 / n);
        var teleport = (1.0 - alpha) / n;
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            (previous, x) = (x, previous);
            var dangling = 0.0;
            for (var u = 0; u < n; u++)
            {
                share[u] = previous[u] * inverseStrength[u];
                if (inverseStrength[u] == 0.0)
                {
                    dangling += previous[u];
                }
            }

            var constant = alpha * dangling / n + teleport;
            var change = 0.0;
            for (var v = 0; v < n; v++)
            {
                var neighbors = graph.Neighbors(v);
                var weights = graph.NeighborWeights(v);
                var inflow = 0.0;
                for (var i = 0; i < neighbors.Length; i++)
                {
                    inflow += share[neighbors[i]] * (weighted ? weights[i] : 1.0);
                }

                x[v] = alpha * inflow + constant;
                change += Math.Abs(x[v] - previous[v]);
            }

            if (change < n * tolerance)
            {
                return new NodeScores(graph, x);
            }
        }

        throw new PowerIterationFailedConvergenceException("PageRank", maxIterations, tolerance);
    }
}
