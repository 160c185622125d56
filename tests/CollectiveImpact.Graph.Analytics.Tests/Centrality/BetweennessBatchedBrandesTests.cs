using CollectiveImpact.Graph.Analytics.Centrality;
using CollectiveImpact.Graph.Analytics.Graphs;
using CollectiveImpact.Graph.Analytics.Tests.Fixtures;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CollectiveImpact.Graph.Analytics.Tests.Centrality;

/// <summary>
/// The batched kernel (<see cref="BetweennessBatchedBrandes"/>, up to sixteen sources per batch) against the
/// one-source-at-a-time kernel it replaced (<see cref="BetweennessUnweightedBrandes"/>), with the same ω weights, on
/// random graphs (disconnected ones included) with the batches of the hub plan and with random batches of random
/// sizes, and on families that stress what batching relies on: sources of one batch far apart or in different
/// components, complete bipartite twins, long degree-2 chains, a grid with many tied shortest paths, fewer vertices
/// than lanes. Through the public API, cycles and a grid against NetworkX 3.6.1
/// (<c>nx.betweenness_centrality(G, normalized=False)</c> on <c>nx.cycle_graph(600)</c>, <c>nx.cycle_graph(601)</c> and
/// <c>nx.grid_2d_graph(12, 12)</c>, values recorded here): a cycle of 600 has 300 levels, more than a byte could count.
/// </summary>
public sealed class BetweennessBatchedBrandesTests
{
    [Property(MaxTest = 100)]
    public Property Accumulate_RandomGraph_EqualsOneSourceAtATime(int seed, byte size, bool dense)
    {
        var graph = RandomGraph(seed, size, dense);

        var (batched, single) = BothKernels(graph, RandomOmega(graph.NodeCount, seed), PlanBatches(graph));

        return Agree(batched, single).Label($"{graph.NodeCount} nodes, {graph.EdgeCount} edges: batched [{string.Join(", ", batched)}] vs single [{string.Join(", ", single)}]");
    }

    [Property(MaxTest = 100)]
    public Property Accumulate_RandomBatchesOfRandomSizes_EqualsOneSourceAtATime(int seed, byte size, bool dense)
    {
        var graph = RandomGraph(seed, size, dense);

        var (batched, single) = BothKernels(graph, RandomOmega(graph.NodeCount, seed), RandomBatches(graph.NodeCount, seed));

        return Agree(batched, single).Label($"{graph.NodeCount} nodes, {graph.EdgeCount} edges, seed {seed}");
    }

    public static TheoryData<string> Families() => ["twins", "chains", "grid", "far_apart_components", "fewer_than_lanes", "star_of_cliques"];

    [Theory]
    [MemberData(nameof(Families))]
    public void Accumulate_StructuredGraph_EqualsOneSourceAtATime(string family)
    {
        var graph = Family(family);

        var (batched, single) = BothKernels(graph, RandomOmega(graph.NodeCount, seed: family.Length), PlanBatches(graph));

        for (var v = 0; v < graph.NodeCount; v++)
        {
            Assert.True(
                Math.Abs(batched[v] - single[v]) <= 1e-9 * Math.Max(1.0, Math.Abs(single[v])),
                $"{family}, node {graph.NodeIds[v]}: batched {batched[v]}, one source at a time {single[v]}.");
        }
    }

    [Theory]
    [InlineData(600, 44700.5)]
    [InlineData(601, 44850.0)]
    public void Compute_LongCycle_MatchesNetworkX(int length, double expected)
    {
        var graph = Cycle(length);

        var result = BetweennessCentrality.Compute(graph, normalized: false, maxDegreeOfParallelism: 2);

        Assert.All(graph.NodeIds, id => Assert.Equal(expected, result.Scores[id], 1e-9 * expected));
    }

    [Fact]
    public void Compute_Grid12By12_MatchesNetworkX()
    {
        var graph = Grid(12, 12);

        var result = BetweennessCentrality.Compute(graph, normalized: false);

        Assert.Equal(4.857938183247781, result.Scores["0,0"], 1e-9);
        Assert.Equal(1102.3112669150594, result.Scores["5,5"], 1e-9 * 1102.3112669150594);
        Assert.Equal(173.92961732539905, result.Scores["0,5"], 1e-9 * 173.92961732539905);
    }

    [Fact]
    public void Accumulate_EmptyOrOversizedBatch_IsRefused()
    {
        var graph = Grid(5, 5);
        var kernel = new BetweennessBatchedBrandes(graph, RandomOmega(graph.NodeCount, seed: 1));

        Assert.Throws<ArgumentOutOfRangeException>(() => kernel.Accumulate([], new double[graph.NodeCount]));
        Assert.Throws<ArgumentOutOfRangeException>(() => kernel.Accumulate(Enumerable.Range(0, BetweennessBatchedBrandes.Lanes + 1).ToArray(), new double[graph.NodeCount]));
    }

    private static (double[] Batched, double[] Single) BothKernels(UndirectedGraph graph, double[] omega, IEnumerable<int[]> batches)
    {
        var n = graph.NodeCount;
        var batched = new double[n];
        var batchedKernel = new BetweennessBatchedBrandes(graph, omega);
        foreach (var batch in batches)
        {
            batchedKernel.Accumulate(batch, batched);
        }

        var single = new double[n];
        var singleKernel = new BetweennessUnweightedBrandes(graph, omega);
        for (var s = 0; s < n; s++)
        {
            singleKernel.Accumulate(s, single);
        }

        return (batched, single);
    }

    private static UndirectedGraph RandomGraph(int seed, byte size, bool dense)
    {
        var nodes = 1 + (size % 70);
        var maxEdges = nodes * (nodes - 1) / 2;
        var edges = Math.Min(maxEdges, dense ? 3 * nodes : nodes - 1 + (Math.Abs(seed % 5) - 2));
        return RandomGraphs.Sparse(seed, nodes, Math.Max(0, edges));
    }

    private static IEnumerable<int[]> PlanBatches(UndirectedGraph graph)
    {
        var plan = BetweennessBatchPlan.ByHub(graph);
        return Enumerable.Range(0, plan.BatchCount).Select(b => plan.Batch(b).ToArray());
    }

    /// <summary>Every vertex once, shuffled, in batches of 1 to 16.</summary>
    private static IEnumerable<int[]> RandomBatches(int nodes, int seed)
    {
        var random = new Random(seed);
        var order = Enumerable.Range(0, nodes).OrderBy(_ => random.Next()).ToArray();
        for (var first = 0; first < nodes;)
        {
            var size = Math.Min(nodes - first, random.Next(1, BetweennessBatchedBrandes.Lanes + 1));
            yield return order[first..(first + size)];
            first += size;
        }
    }

    private static bool Agree(double[] batched, double[] single) =>
        batched.Zip(single).All(p => Math.Abs(p.First - p.Second) <= 1e-9 * Math.Max(1.0, Math.Abs(p.Second)));

    /// <summary>Whole-number ω from 1 to 5, as folding produces (a pendant tree's size).</summary>
    private static double[] RandomOmega(int nodes, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, nodes).Select(_ => (double)random.Next(1, 6)).ToArray();
    }

    private static UndirectedGraph Family(string name) => name switch
    {
        // Two hubs joined to nine identical leaves: every leaf pair has two shortest paths.
        "twins" => Build(11, Enumerable.Range(2, 9).SelectMany(v => new[] { (0, v), (1, v) })),

        // Hubs joined by degree-2 chains of different lengths: sources of one batch lie at many distances.
        "chains" => Chains(),
        "grid" => Grid(9, 9),

        // Components of three: each batch has sources in different components, some never reaching the others.
        "far_apart_components" => Build(30, Enumerable.Range(0, 10).SelectMany(c => new[] { (3 * c, (3 * c) + 1), ((3 * c) + 1, (3 * c) + 2) })),
        "fewer_than_lanes" => Build(5, [(0, 1), (1, 2), (2, 3), (3, 4), (4, 0), (0, 2)]),

        // Cliques of five hung off a centre: many same-level neighbours.
        "star_of_cliques" => StarOfCliques(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown family."),
    };

    private static UndirectedGraph Chains()
    {
        var edges = new List<(int, int)>();
        var next = 4;
        foreach (var (from, to, length) in new[] { (0, 1, 3), (0, 1, 5), (1, 2, 7), (2, 3, 2), (3, 0, 11), (0, 2, 4) })
        {
            var previous = from;
            for (var i = 0; i < length; i++)
            {
                edges.Add((previous, next));
                previous = next++;
            }

            edges.Add((previous, to));
        }

        return Build(next, edges);
    }

    private static UndirectedGraph StarOfCliques()
    {
        var edges = new List<(int, int)>();
        for (var c = 0; c < 6; c++)
        {
            var first = 1 + (5 * c);
            edges.Add((0, first));
            for (var i = 0; i < 5; i++)
            {
                for (var j = i + 1; j < 5; j++)
                {
                    edges.Add((first + i, first + j));
                }
            }
        }

        return Build(31, edges);
    }

    private static UndirectedGraph Cycle(int length) =>
        Build(length, Enumerable.Range(0, length).Select(i => (i, (i + 1) % length)));

    private static UndirectedGraph Grid(int rows, int columns)
    {
        var ids = Enumerable.Range(0, rows * columns).Select(i => $"{i / columns},{i % columns}").ToArray();
        var edges = new List<WeightedEdge>();
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                var v = (r * columns) + c;
                if (c + 1 < columns)
                {
                    edges.Add(new WeightedEdge(v, v + 1, 1.0));
                }

                if (r + 1 < rows)
                {
                    edges.Add(new WeightedEdge(v, v + columns, 1.0));
                }
            }
        }

        return UndirectedGraph.Create(ids, edges);
    }

    private static UndirectedGraph Build(int nodes, IEnumerable<(int U, int V)> edges) =>
        UndirectedGraph.Create(CanonicalGraphs.Ids(nodes), edges.Select(e => new WeightedEdge(e.U, e.V, 1.0)));
}
