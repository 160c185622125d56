using System.Text.Json;
using CollectiveImpact.Graph.Analytics.Change;
using CollectiveImpact.Graph.Analytics.Graphs;
using CollectiveImpact.Graph.Analytics.Tests.Fixtures;

namespace CollectiveImpact.Graph.Analytics.Tests.Change;

/// <summary>
/// Expected values: NetworkX 3.6 shortest path lengths on G and on G − b (Fixtures/backbone_dependence.json, written by
/// make_backbone_fixtures.py) on shaped graphs (a star round the backbone, paths, a cycle, a barbell, a wheel, a
/// complete graph, two components) and seeded random ones of more than 256 nodes (several bit-parallel batches).
/// The property compares the bit-parallel count with a breadth-first search per pair's source on G and on G − b.
/// </summary>
public sealed class BackboneDependenceTests
{
    private static readonly Lazy<Dictionary<string, JsonElement>> Cases = new(() =>
        FixtureGraph.LoadExpected("backbone_dependence.json").GetProperty("graphs").EnumerateArray()
            .ToDictionary(e => e.GetProperty("name").GetString()!, e => e));

    public static TheoryData<string> Names() => [.. Cases.Value.Keys.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Compute_ShapedAndRandomGraphs_MatchesNetworkX(string name)
    {
        var entry = Cases.Value[name];
        var graph = Build(entry.GetProperty("nodes").GetInt32(), entry.GetProperty("edges").EnumerateArray().Select(e => (e[0].GetInt32(), e[1].GetInt32())));

        var result = BackboneDependence.Compute(graph, entry.GetProperty("backbone").GetInt32(), maxDegreeOfParallelism: 2);

        Assert.Equal(entry.GetProperty("connected_pairs").GetInt64(), result.ConnectedPairs);
        Assert.Equal(entry.GetProperty("dependent_pairs").GetInt64(), result.DependentPairs);
    }

    [Fact]
    public void Compute_StarRoundTheBackbone_EveryPairDependsOnIt()
    {
        var graph = Build(6, Enumerable.Range(1, 5).Select(i => (0, i)));

        var result = BackboneDependence.Compute(graph, 0);

        Assert.Equal(10, result.ConnectedPairs);
        Assert.Equal(1.0, result.Share);
    }

    [Fact]
    public void Compute_BackboneWithoutTies_NoPairDependsAndAnIsolatedNetworkHasNoShare()
    {
        var graph = Build(4, [(1, 2), (2, 3)]);
        var alone = Build(3, []);

        Assert.Equal(new BackboneDependenceResult(3, 0), BackboneDependence.Compute(graph, 0));
        Assert.Null(BackboneDependence.Compute(alone, 1).Share);
    }

    [Theory]
    [InlineData(1, 40, 60)]
    [InlineData(2, 300, 420)]
    [InlineData(3, 520, 700)]
    [InlineData(4, 90, 400)]
    public void Compute_RandomGraphs_MatchesSearchesOnTheGraphAndWithoutTheBackbone(int seed, int nodes, int edges)
    {
        var graph = RandomGraphs.Sparse(seed, nodes, edges);
        var backbone = Enumerable.Range(0, nodes).MaxBy(graph.Degree);

        var result = BackboneDependence.Compute(graph, backbone, maxDegreeOfParallelism: 1);

        Assert.Equal(BruteForce(graph, backbone), (result.ConnectedPairs, result.DependentPairs));
    }

    private static (long Connected, long Dependent) BruteForce(UndirectedGraph graph, int backbone)
    {
        long connected = 0;
        long dependent = 0;
        for (var s = 0; s < graph.NodeCount; s++)
        {
            if (s == backbone)
            {
                continue;
            }

            var with = Distances(graph, s, skip: -1);
            var without = Distances(graph, s, skip: backbone);
            for (var t = s + 1; t < graph.NodeCount; t++)
            {
                if (t == backbone || with[t] < 0)
                {
                    continue;
                }

                connected++;
                if (without[t] < 0 || without[t] > with[t])
                {
                    dependent++;
                }
            }
        }

        return (connected, dependent);
    }

    private static int[] Distances(UndirectedGraph graph, int source, int skip)
    {
        var distance = Enumerable.Repeat(-1, graph.NodeCount).ToArray();
        distance[source] = 0;
        var queue = new Queue<int>([source]);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var next in graph.Neighbors(node))
            {
                if (next != skip && distance[next] < 0)
                {
                    distance[next] = distance[node] + 1;
                    queue.Enqueue(next);
                }
            }
        }

        return distance;
    }

    private static UndirectedGraph Build(int nodes, IEnumerable<(int U, int V)> edges) =>
        UndirectedGraph.Create(
            [.. Enumerable.Range(0, nodes).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            edges.Select(e => (e.U.ToString(System.Globalization.CultureInfo.InvariantCulture), e.V.ToString(System.Globalization.CultureInfo.InvariantCulture), 1.0)));
}
