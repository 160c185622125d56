using CollectiveImpact.Graph.Analytics.Centrality;

namespace CollectiveImpact.Graph.Analytics.Tests.Centrality;

/// <summary>
/// Fixture theories compare with NetworkX 3.6 (Fixtures/centrality.json: <c>nx.eigenvector_centrality</c>, weighted or
/// not), including where NetworkX fails to converge. Small cases are the known eigenvectors: K5's uniform 1/√5 and
/// P3's (1/2, 1/√2, 1/2) (λ = √2), to the power iteration's tolerance.
/// </summary>
public sealed class EigenvectorCentralityTests
{
    public static TheoryData<string, bool, bool> Cases => NetworkXCentrality.Cases((true, false), (true, true));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compute_FixtureGraph_MatchesNetworkX(string graphName, bool normalized, bool weighted)
    {
        var graph = NetworkXCentrality.Graph(graphName);
        var expected = NetworkXCentrality.Expected(graphName, "Eigenvector", normalized, weighted, out var raised);

        if (raised == "PowerIterationFailedConvergence")
        {
            var error = Assert.Throws<PowerIterationFailedConvergenceException>(() => EigenvectorCentrality.Compute(graph, weighted));
            Assert.Equal(100, error.Iterations);
        }
        else if (raised == "NetworkXPointlessConcept")
        {
            Assert.Empty(EigenvectorCentrality.Compute(graph, weighted).Values); // the empty graph: see the class doc
        }
        else
        {
            NetworkXCentrality.AssertMatches(expected!, EigenvectorCentrality.Compute(graph, weighted));
        }
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

        Assert.Equal(0.5, scores["p0"], 5);
        Assert.Equal(Math.Sqrt(0.5), scores["p1"], 5);
        Assert.Equal(0.5, scores["p2"], 5);
    }

    [Fact]
    public void Compute_StarIsBipartite_StillConverges()
    {
        // A's eigenvalues ±√5 would make plain power iteration oscillate; A + I does not.
        var scores = EigenvectorCentrality.Compute(SmallGraphs.Star(5));

        Assert.Equal(Math.Sqrt(0.5), scores["hub"], 5);
        Assert.Equal(Math.Sqrt(0.1), scores["leaf1"], 5);
    }

    [Fact]
    public void Compute_Isolates_KeepTheirUniformStart()
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
        Assert.Contains("3 power iterations", error.Message);
    }

    [Theory]
    [InlineData(0, 1e-6)]
    [InlineData(100, 0.0)]
    [InlineData(100, double.NaN)]
    public void Compute_OutOfRangeParameters_AreRejected(int maxIterations, double tolerance)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EigenvectorCentrality.Compute(SmallGraphs.Path(3), maxIterations: maxIterations, tolerance: tolerance));
    }
}
