using System.Text.Json;
using CollectiveImpact.Graph.Analytics.Connectivity;
using CollectiveImpact.Graph.Analytics.Graphs;
using CollectiveImpact.Graph.Analytics.Tests.Fixtures;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CollectiveImpact.Graph.Analytics.Tests.Connectivity;

/// <summary>
/// Expected values: NetworkX 3.6 <c>nx.diameter</c> of the largest component (Fixtures/diameter.json, written by
/// make_diameter_fixtures.py, which also checks <c>usebounds=True</c>) on paths, cycles (even and odd, where iFUB must
/// search whole fringes), trees, grids, a lollipop, a barbell and seeded random graphs (G(n, m) sparse and dense,
/// Barabási–Albert, Watts–Strogatz); on the shared fixture set, structure.json's NetworkX values. The property compares
/// iFUB with the definition: the largest eccentricity from a breadth-first search at every node.
/// </summary>
public sealed class DiameterTests
{
    private static readonly Lazy<Dictionary<string, (UndirectedGraph Graph, int Diameter)>> Cases = new(() =>
        FixtureGraph.LoadExpected("diameter.json").GetProperty("graphs").EnumerateArray().ToDictionary(
            e => e.GetProperty("name").GetString()!,
            e => (Build(e.GetProperty("nodes").GetInt32(), e.GetProperty("edges")), e.GetProperty("diameter").GetInt32())));

    public static TheoryData<string> Names() => [.. FixtureGraph.LoadExpected("diameter.json").GetProperty("graphs").EnumerateArray().Select(e => e.GetProperty("name").GetString()!)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Compute_ShapedAndRandomGraphs_MatchesNetworkX(string name)
    {
        var (graph, expected) = Cases.Value[name];

        Assert.Equal(expected, Diameter.Compute(graph));
    }

    [Theory]
    [MemberData(nameof(FixtureGraph.Names), MemberType = typeof(FixtureGraph))]
    public void Compute_FixtureGraph_MatchesNetworkX(string name)
    {
        var expected = StructureReference.For(name).GetProperty("largest_component");

        Assert.Equal(StructureReference.NullableInt(expected.GetProperty("diameter")), Diameter.Compute(FixtureGraph.Load(name).Graph));
    }

    [Fact]
    public void Compute_EmptyAndSingleNode_AreNullAndZero()
    {
        Assert.Null(Diameter.Compute(CanonicalGraphs.Empty()));
        Assert.Equal(0, Diameter.Compute(CanonicalGraphs.Path(1)));
    }

    [Fact]
    public void Compute_LargestComponentOnly_IgnoresALongerSmallerComponent()
    {
        // K5 (5 nodes, diameter 1) is the largest component; the path of 4 beside it has diameter 3.
        var graph = CanonicalGraphs.Unweighted(9, (0, 1), (0, 2), (0, 3), (0, 4), (1, 2), (1, 3), (1, 4), (2, 3), (2, 4), (3, 4), (5, 6), (6, 7), (7, 8));

        Assert.Equal(1, Diameter.Compute(graph));
    }

    [Fact]
    public void Compute_ComponentsOfAnotherGraph_AreRejected()
    {
        var components = ConnectedComponents.Compute(CanonicalGraphs.Path(3));

        Assert.Throws<ArgumentException>(() => Diameter.Compute(CanonicalGraphs.Path(3), components));
    }

    [Fact]
    public void Compute_AlreadyCancelled_ThrowsOperationCanceled() =>
        Cancellation.AssertStops(token => Diameter.Compute(CanonicalGraphs.Path(5), token), Cancellation.Already);

    [Property(MaxTest = 200)]
    public Property Compute_AnyRandomGraph_EqualsTheLargestEccentricity(int seed, byte size, byte density)
    {
        var nodes = 1 + (size % 80);
        var edges = Math.Min(nodes * (nodes - 1) / 2, density % (2 * nodes + 1));
        var graph = RandomGraphs.Sparse(seed, nodes, edges);

        var expected = AllPairsDiameter(graph);

        return (Diameter.Compute(graph) == expected).Label($"seed {seed}, {nodes} nodes, {edges} edges: expected {expected}");
    }

    private static UndirectedGraph Build(int nodes, JsonElement edges) =>
        UndirectedGraph.Create(CanonicalGraphs.Ids(nodes), edges.EnumerateArray().Select(e => new WeightedEdge(e[0].GetInt32(), e[1].GetInt32(), 1.0)));

    /// <summary>The definition: a BFS from every node of the largest component, the largest distance found.</summary>
    private static int AllPairsDiameter(UndirectedGraph graph)
    {
        var components = ConnectedComponents.Compute(graph);
        var best = 0;
        foreach (var source in components.Members(components.Largest))
        {
            var distance = Enumerable.Repeat(-1, graph.NodeCount).ToArray();
            var queue = new Queue<int>([source]);
            distance[source] = 0;
            while (queue.TryDequeue(out var v))
            {
                best = Math.Max(best, distance[v]);
                foreach (var w in graph.Neighbors(v))
                {
                    if (distance[w] < 0)
                    {
                        distance[w] = distance[v] + 1;
                        queue.Enqueue(w);
                    }
                }
            }
        }

        return best;
    }
}
