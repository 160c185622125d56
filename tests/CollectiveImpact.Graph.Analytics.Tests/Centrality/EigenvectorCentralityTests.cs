using CollectiveImpact.Graph.Analytics.Centrality;
using CollectiveImpact.Graph.Analytics.Graphs;
using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Analytics.Tests.Fixtures;
using CollectiveImpact.Graph.Store.Generation;

namespace CollectiveImpact.Graph.Analytics.Tests.Centrality;

/// <summary>
/// Fixture theories compare with NetworkX 3.6 run to the eigenvector itself (Fixtures/eigenvector.json, written by
/// Fixtures/make_eigenvector_fixtures.py: <c>nx.eigenvector_centrality</c> with tol=1e-13 and max_iter=100000, checked
/// there against <c>nx.eigenvector_centrality_numpy</c> on the connected graphs), weighted or not, including the
/// weighted 2000-node fixture where NetworkX's defaults (max_iter=100) raise PowerIterationFailedConvergence. Small cases
/// are the known eigenvectors: K5's uniform 1/√5, P3's (1/2, 1/√2, 1/2) (λ = √2), the star's (1/√2, 1/√10, …). The
/// generated FULL projection is checked against the eigen-equation itself (Ax = λx, x ≥ 0, ‖x‖ = 1).
/// </summary>
public sealed class EigenvectorCentralityTests
{
    public static TheoryData<string, bool> Cases()
    {
        var cases = new TheoryData<string, bool>();
        foreach (var name in FixtureGraph.Names())
        {
            cases.Add(name, false);
            cases.Add(name, true);
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compute_FixtureGraph_MatchesNetworkXToTheEigenvector(string graphName, bool weighted)
    {
        var graph = NetworkXCentrality.Graph(graphName);
        var expected = NetworkXEigenvector.Expected(graphName, weighted, out var raised);

        var scores = EigenvectorCentrality.Compute(graph, weighted);

        if (raised is not null)
        {
            Assert.Equal("NetworkXPointlessConcept", raised);
            Assert.Empty(scores.Values); // the empty graph: see the class doc
            return;
        }

        NetworkXCentrality.AssertMatches(expected!, scores);
    }

    [Fact]
    public void Compute_GeneratedFullProjection_ConvergesWithDefaultsToTheEigenvector()
    {
        // People hang off one organization each: the spectrum is nearly symmetric (−λ₁ nearly an eigenvalue), where
        // NetworkX's A + I iteration needs far more than its 100 steps; the defaults must still converge here.
        var network = NetworkGenerator.Generate(new NetworkGeneratorOptions { Organizations = 300 });
        var graph = NetworkProjector.Project(network, ProjectionKind.Full).Graph;

        foreach (var weighted in new[] { false, true })
        {
            var x = EigenvectorCentrality.Compute(graph, weighted).Values.ToArray();

            AssertIsPrincipalEigenvector(graph, weighted, x, 1e-6);
        }
    }

    [Theory]
    [InlineData(ProjectionKind.Organizations)]
    [InlineData(ProjectionKind.People)]
    [InlineData(ProjectionKind.Full)]
    public void Compute_SampleProjections_ConvergeWithDefaultsToTheEigenvector(ProjectionKind kind)
    {
        var graph = NetworkProjector.Project(RiverbendSample.Load(), kind).Graph;

        foreach (var weighted in new[] { false, true })
        {
            AssertIsPrincipalEigenvector(graph, weighted, EigenvectorCentrality.Compute(graph, weighted).Values.ToArray(), 1e-6);
        }
    }

    [Fact]
    public void Compute_TwoEqualComponents_ShareTheVectorAsNetworkXStartsThem()
    {
        // Two triangles: both have λ = 2, and NetworkX's uniform start gives them equal shares: 1/√6 everywhere.
        var graph = CanonicalGraphs.Unweighted(6, (0, 1), (1, 2), (0, 2), (3, 4), (4, 5), (3, 5));

        var scores = EigenvectorCentrality.Compute(graph);

        Assert.All(scores.Values, s => Assert.Equal(1.0 / Math.Sqrt(6.0), s, 12));
    }

    [Fact]
    public void Compute_SmallerComponentsAndIsolates_GetZero()
    {
        // K4 (λ = 3) beside a path of three (λ = √2) and an isolate: NetworkX's iteration shrinks the others to 0.
        var graph = CanonicalGraphs.Unweighted(8, (0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3), (4, 5), (5, 6));

        var scores = EigenvectorCentrality.Compute(graph);

        Assert.All(scores.Values.Take(4), s => Assert.Equal(0.5, s, 12));
        Assert.All(scores.Values.Skip(4), s => Assert.Equal(0.0, s));
    }

    [Fact]
    public void Compute_K5_IsUniform()
    {
        var scores = EigenvectorCentrality.Compute(SmallGraphs.Complete(5));

        Assert.All(scores.Values, s => Assert.Equal(Math.Sqrt(0.2), s, 12));
    }

    [Fact]
    public void Compute_P3_ApproachesThePrincipalEigenvector()
    {
        var scores = EigenvectorCentrality.Compute(SmallGraphs.Path(3));

        Assert.Equal(0.5, scores["p0"], 9);
        Assert.Equal(Math.Sqrt(0.5), scores["p1"], 9);
        Assert.Equal(0.5, scores["p2"], 9);
    }

    [Fact]
    public void Compute_StarIsBipartite_StillConverges()
    {
        // A's eigenvalues ±√5 would make plain power iteration oscillate; Lanczos takes the algebraically largest.
        var scores = EigenvectorCentrality.Compute(SmallGraphs.Star(5));

        Assert.Equal(Math.Sqrt(0.5), scores["hub"], 9);
        Assert.Equal(Math.Sqrt(0.1), scores["leaf1"], 9);
    }

    [Fact]
    public void Compute_Isolates_AllTieAndKeepTheUniformVector()
    {
        var scores = EigenvectorCentrality.Compute(SmallGraphs.Isolates());

        Assert.All(scores.Values, s => Assert.Equal(1.0 / Math.Sqrt(3.0), s, 15));
        Assert.Equal([1.0], EigenvectorCentrality.Compute(SmallGraphs.SingleNode()).Values);
    }

    [Fact]
    public void Compute_TooFewIterations_ThrowsNamingThem()
    {
        var graph = NetworkXCentrality.Graph("karate_club");

        var error = Assert.Throws<PowerIterationFailedConvergenceException>(() => EigenvectorCentrality.Compute(graph, maxIterations: 3));

        Assert.Equal(3, error.Iterations);
        Assert.Contains("3 matrix–vector products", error.Message);
        Assert.Contains("34 nodes", error.Message);
    }

    [Theory]
    [InlineData(0, 1e-6)]
    [InlineData(100, 0.0)]
    [InlineData(100, double.NaN)]
    public void Compute_OutOfRangeParameters_AreRejected(int maxIterations, double tolerance)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EigenvectorCentrality.Compute(SmallGraphs.Path(3), maxIterations: maxIterations, tolerance: tolerance));
    }

    /// <summary>‖Ax − λx‖∞ ≤ <paramref name="tolerance"/> · λ with λ = xᵀAx, x ≥ 0 and ‖x‖₂ = 1.</summary>
    private static void AssertIsPrincipalEigenvector(UndirectedGraph graph, bool weighted, double[] x, double tolerance)
    {
        var ax = new double[x.Length];
        for (var v = 0; v < x.Length; v++)
        {
            var neighbors = graph.Neighbors(v);
            var weights = graph.NeighborWeights(v);
            for (var i = 0; i < neighbors.Length; i++)
            {
                ax[v] += (weighted ? weights[i] : 1.0) * x[neighbors[i]];
            }
        }

        var lambda = x.Zip(ax, (a, b) => a * b).Sum();
        Assert.Equal(1.0, Math.Sqrt(x.Sum(v => v * v)), 12);
        Assert.All(x, v => Assert.True(v > -1e-12, $"negative score {v}"));
        var worst = x.Select((v, i) => Math.Abs(ax[i] - (lambda * v))).Max();
        Assert.True(worst <= tolerance * lambda, $"‖Ax − λx‖∞ = {worst:E2} with λ = {lambda}");
    }
}
