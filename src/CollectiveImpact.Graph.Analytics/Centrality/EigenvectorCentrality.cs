using CollectiveImpact.Graph.Analytics.Connectivity;
using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.Centrality;

/// <summary>
/// Eigenvector centrality: a node is central when its neighbours are central; the scores are the principal
/// eigenvector of the adjacency matrix, the vector NetworkX's power iteration converges to, found by Lanczos iteration.
/// </summary>
/// <remarks>
/// <para><b>Formula.</b> x solves λx = Ax for the largest eigenvalue λ of the adjacency matrix A (A_uv = w(u, v)
/// when weighted, 1 otherwise), with x ≥ 0 and ‖x‖₂ = 1.</para>
/// <para><b>Method.</b> Each connected component's largest eigenvalue and unit eigenvector (its Perron vector, positive
/// and unique because the component is connected) come from <see cref="LanczosEigensolver"/>: restarted Lanczos with
/// full reorthogonalization, started from the nodes' degrees (strengths when weighted), which is close to the
/// eigenvector on these networks. NetworkX iterates x ← (A + I)x (so that a bipartite graph, where −λ is also an
/// eigenvalue, does not make plain power iteration oscillate) from x = 1/n and stops at an L1 change below
/// n · tol, within max_iter=100 steps: on the near-bipartite FULL projection of a 20,000-organization network that
/// takes several hundred steps. Lanczos needs about a dozen products there and reaches the eigenvector itself rather than
/// a point within the tolerance of it, as igraph's ARPACK-based <c>eigenvector_centrality</c> and NetworkX's
/// <c>eigenvector_centrality_numpy</c> do.</para>
/// <para><b>Stopping rule.</b> A component is done when its Ritz residual ‖Ay − θy‖₂ is below
/// <c>tolerance</c> · (θ − θ₂) / 10, θ₂ being the second Ritz value: every score is then within about
/// <c>tolerance</c> / 10 of the eigenvector's (see <see cref="LanczosEigensolver"/>). <c>maxIterations</c> is a budget
/// of matrix–vector products (each one pass over the component's edges) per component; spent before that, the call
/// throws <see cref="PowerIterationFailedConvergenceException"/>.</para>
/// <para><b>Disconnected graphs.</b> As NetworkX: one vector normalized over the whole graph, the limit of NetworkX's
/// iteration. The component with the largest eigenvalue takes the whole vector and every other component gets 0
/// (NetworkX's iteration shrinks them by (1 + λ_c)/(1 + λ_max) per step; stopped at its loose default tolerance it
/// returns small positive leftovers, below 1e-6 or so, where this returns 0). Components whose largest eigenvalues tie
/// (to a relative 1e-9) share the vector in proportion to their start in NetworkX, i.e. component c gets its unit
/// Perron vector v_c times Σ v_c, before the whole is rescaled to norm 1. A graph without edges is all ties: every
/// node gets 1/√n, as in NetworkX. Components whose largest degree (strength) is below the largest eigenvalue found
/// cannot tie with it (λ_c is at most the largest row sum) and are not solved.</para>
/// <para><b>Normalization.</b> Euclidean norm 1 (‖x‖₂ = 1), as NetworkX.</para>
/// <para><b>Weights.</b> Weighted, a weight is a tie strength (an entry of A).</para>
/// <para><b>Empty graph.</b> Returns no scores (NetworkX raises NetworkXPointlessConcept).</para>
/// <para><b>Complexity.</b> O(n + m) for the components, then per component solved O(p · (m_c + 32 · n_c)) for p
/// products (the 32 is the reorthogonalization against the basis) and memory O(32 · n_c). p is about a dozen on the
/// benchmark graphs (see benchmarks/README.md), at most <c>maxIterations</c> per component.</para>
/// <para><b>References.</b> Bonacich, P., "Factoring and weighting approaches to status scores and clique
/// identification", Journal of Mathematical Sociology 2(1), 113–120, 1972. doi:10.1080/0022250X.1972.9989806.
/// Bonacich, P., "Power and centrality: a family of measures", American Journal of Sociology 92(5), 1170–1182, 1987.
/// doi:10.1086/228631. Newman, M. E. J., Networks: An Introduction, Oxford University Press, 2010, §7.2.
/// doi:10.1093/acprof:oso/9780199206650.001.0001. For the solver, see <see cref="LanczosEigensolver"/>.</para>
/// <para><b>NetworkX.</b> The limit of <c>nx.eigenvector_centrality(G, weight=None)</c> as tol → 0 (the tests compare
/// with tol=1e-13), equal on connected graphs to <c>nx.eigenvector_centrality_numpy(G)</c>.</para>
/// </remarks>
public static class EigenvectorCentrality
{
    /// <summary>Relative difference under which two components' largest eigenvalues count as tied.</summary>
    private const double TieTolerance = 1e-9;

    /// <param name="graph">The graph.</param>
    /// <param name="weighted">Use weights as adjacency entries (default false).</param>
    /// <param name="maxIterations">Budget of matrix–vector products per component (default 100, at least 1).</param>
    /// <param name="tolerance">Largest error per score aimed at (default 1e-6, positive).</param>
    /// <param name="cancellationToken">Looked at before each matrix–vector product (one pass over a component's
    /// edges); cancelled, the call throws <see cref="OperationCanceledException"/>.</param>
    /// <exception cref="PowerIterationFailedConvergenceException">A component did not converge within
    /// <paramref name="maxIterations"/> products.</exception>
    public static NodeScores Compute(
        UndirectedGraph graph,
        bool weighted = false,
        int maxIterations = PowerIteration.DefaultMaxIterations,
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

        var components = ConnectedComponents.Compute(graph, cancellationToken);
        var (order, starts) = GroupByComponent(components);
        var bounds = new double[components.Count];
        for (var node = 0; node < n; node++)
        {
            var c = components.ComponentOf[node];
            bounds[c] = Math.Max(bounds[c], RowSum(graph, node, weighted));
        }

        var byBound = Enumerable.Range(0, components.Count).OrderByDescending(c => bounds[c]).ThenBy(c => c).ToArray();
        var localIndex = new int[n];
        var best = double.NegativeInfinity;
        var leaders = new List<(int Component, double Value, double[] Vector)>();
        foreach (var c in byBound)
        {
            if (bounds[c] < best - (TieTolerance * Math.Max(best, 1.0)))
            {
                break;  // λ_c ≤ bound < best: neither the largest nor tied with it, and every later bound is smaller.
            }

            var members = order.AsSpan(starts[c], starts[c + 1] - starts[c]);
            var (value, vector) = Solve(graph, members, localIndex, weighted, maxIterations, tolerance, cancellationToken);
            if (value > best + (TieTolerance * Math.Max(best, 1.0)))
            {
                leaders.RemoveAll(l => l.Value < value - (TieTolerance * Math.Max(value, 1.0)));
                best = value;
            }

            if (value >= best - (TieTolerance * Math.Max(best, 1.0)))
            {
                leaders.Add((c, value, vector));
                best = Math.Max(best, value);
            }
        }

        var x = new double[n];
        var squares = 0.0;
        foreach (var (c, _, vector) in leaders)
        {
            var share = vector.Sum();
            var members = order.AsSpan(starts[c], starts[c + 1] - starts[c]);
            for (var i = 0; i < members.Length; i++)
            {
                x[members[i]] = share * vector[i];
                squares += x[members[i]] * x[members[i]];
            }
        }

        var norm = Math.Sqrt(squares);
        for (var v = 0; v < n; v++)
        {
            x[v] /= norm;
        }

        return new NodeScores(graph, x);
    }

    private static (double Value, double[] Vector) Solve(
        UndirectedGraph graph,
        ReadOnlySpan<int> members,
        int[] localIndex,
        bool weighted,
        int maxIterations,
        double tolerance,
        CancellationToken cancellationToken)
    {
        if (members.Length == 1)
        {
            return (0.0, [1.0]);
        }

        var matrix = new ComponentMatrix(graph, members, localIndex, weighted);
        var start = new double[matrix.Size];
        for (var i = 0; i < start.Length; i++)
        {
            start[i] = matrix.RowSum(i);
        }

        var result = LanczosEigensolver.Principal(matrix, start, maxIterations, tolerance, cancellationToken, out var products)
            ?? throw new PowerIterationFailedConvergenceException(
                "Eigenvector centrality",
                maxIterations,
                tolerance,
                $"Eigenvector centrality did not converge within {maxIterations} matrix–vector products (Lanczos, {products} used) "
                + $"on the component of {members.Length} nodes that holds node '{graph.NodeIds[members[0]]}': the residual stayed above "
                + $"{tolerance:G} × the spectral gap / 10.");
        var (value, vector) = result;
        if (vector.Sum() < 0)
        {
            for (var i = 0; i < vector.Length; i++)
            {
                vector[i] = -vector[i];
            }
        }

        return (value, vector);
    }

    private static double RowSum(UndirectedGraph graph, int node, bool weighted)
    {
        if (!weighted)
        {
            return graph.Degree(node);
        }

        var sum = 0.0;
        foreach (var w in graph.NeighborWeights(node))
        {
            sum += w;
        }

        return sum;
    }

    /// <summary>Node indices grouped by component (ascending within each), and where each component's run starts.</summary>
    private static (int[] Order, int[] Starts) GroupByComponent(ConnectedComponentsResult components)
    {
        var starts = new int[components.Count + 1];
        for (var c = 0; c < components.Count; c++)
        {
            starts[c + 1] = starts[c] + components.Sizes[c];
        }

        var order = new int[components.ComponentOf.Count];
        var next = starts[..^1];
        for (var node = 0; node < order.Length; node++)
        {
            order[next[components.ComponentOf[node]]++] = node;
        }

        return (order, starts);
    }
}
