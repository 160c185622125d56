using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.Centrality;

/// <summary>
/// Eigenvector centrality: a node is central when its neighbours are central; the scores are the principal
/// eigenvector of the adjacency matrix, found by power iteration exactly as NetworkX finds it.
/// </summary>
/// <remarks>
/// <para><b>Formula.</b> x solves λx = Ax for the largest eigenvalue λ of the adjacency matrix A (A_uv = w(u, v)
/// when weighted, 1 otherwise), with x ≥ 0.</para>
/// <para><b>Iteration.</b> Start from x = 1/n everywhere; repeat x ← (A + I)x, x ← x / ‖x‖₂, until the L1 change
/// is below n · tolerance (then return x), at most <c>maxIterations</c> times (then throw
/// <see cref="PowerIterationFailedConvergenceException"/>). Iterating with A + I rather than A has the same
/// eigenvectors and, because every eigenvalue moves up by 1, still converges on bipartite graphs, where A's
/// largest and smallest eigenvalues are ±λ and plain power iteration would oscillate.</para>
/// <para><b>Disconnected graphs.</b> The principal eigenvector is then not unique and NetworkX does not pick one: it
/// returns wherever the iteration above stops. The component with the largest eigenvalue dominates; every other
/// component's share shrinks by a factor (1 + λ_c) / (1 + λ_max) per iteration but is still positive when the
/// change drops below tolerance; an isolate keeps a small positive score (its entry is only rescaled). Components
/// with equal largest eigenvalues share the vector in proportion to their start. This implementation runs the same
/// iteration from the same start with the same stopping rule, so it returns the same numbers: treat them as
/// NetworkX's, not as a property of the graph, and compare nodes across components with care.</para>
/// <para><b>Normalization.</b> Euclidean norm 1 (‖x‖₂ = 1), as NetworkX.</para>
/// <para><b>Weights.</b> Weighted, a weight is a tie strength (an entry of A). Uneven strengths can narrow the gap
/// between the two largest eigenvalues so that 100 iterations are not enough: on the 2000-node collective-impact
/// fixture the weighted iteration needs about 120, and NetworkX raises PowerIterationFailedConvergence, as this
/// does.</para>
/// <para><b>Empty graph.</b> Returns no scores (NetworkX raises NetworkXPointlessConcept).</para>
/// <para><b>Complexity.</b> O(m) per iteration, at most <c>maxIterations</c> iterations.</para>
/// <para><b>References.</b> Bonacich, P., "Factoring and weighting approaches to status scores and clique
/// identification", Journal of Mathematical Sociology 2(1), 113–120, 1972. doi:10.1080/0022250X.1972.9989806.
/// Bonacich, P., "Power and centrality: a family of measures", American Journal of Sociology 92(5), 1170–1182, 1987.
/// doi:10.1086/228631. Newman, M. E. J., Networks: An Introduction, Oxford University Press, 2010, §7.2.
/// doi:10.1093/acprof:oso/9780199206650.001.0001.</para>
/// <para><b>NetworkX.</b> <c>nx.eigenvector_centrality(G, max_iter=100, tol=1e-06, nstart=None, weight=None)</c>.</para>
/// </remarks>
public static class EigenvectorCentrality
{
    /// <param name="graph">The graph.</param>
    /// <param name="weighted">Use weights as adjacency entries (default false).</param>
    /// <param name="maxIterations">Iteration budget (default 100, at least 1).</param>
    /// <param name="tolerance">Convergence tolerance per node (default 1e-6, positive).</param>
    /// <param name="cancellationToken">Looked at before each iteration (one pass over the edges); cancelled, the call
    /// throws <see cref="OperationCanceledException"/>.</param>
    /// <exception cref="PowerIterationFailedConvergenceException">No convergence within <paramref name="maxIterations"/>.</exception>
    public static NodeScores Compute(
        UndirectedGraph graph,
        bool weighted = false,
        int maxIterations = 100,
        double tolerance = 1e-6,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        PowerIteration.Validate(maxIterations, tolerance);
        var n = graph.NodeCount;
        if (n == 0)
        {
            return new NodeScores(graph, []);
        }

        var x = new double[n];
        var previous = new double[n];
        Array.Fill(x, 1.0 / n);
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            (previous, x) = (x, previous);
            var squares = 0.0;
            for (var v = 0; v < n; v++)
            {
                var sum = previous[v];
                var neighbors = graph.Neighbors(v);
                var weights = graph.NeighborWeights(v);
                for (var i = 0; i < neighbors.Length; i++)
                {
                    sum += previous[neighbors[i]] * (weighted ? weights[i] : 1.0);
                }

                x[v] = sum;
                squares += sum * sum;
            }

            // Perron–Frobenius makes the norm positive; NetworkX still guards against 0 by dividing by 1.
            var norm = Math.Sqrt(squares) is > 0 and var positive ? positive : 1.0;
            var change = 0.0;
            for (var v = 0; v < n; v++)
            {
                x[v] /= norm;
                change += Math.Abs(x[v] - previous[v]);
            }

            if (change < n * tolerance)
            {
                return new NodeScores(graph, x);
            }
        }

        throw new PowerIterationFailedConvergenceException("Eigenvector centrality", maxIterations, tolerance);
    }
}
