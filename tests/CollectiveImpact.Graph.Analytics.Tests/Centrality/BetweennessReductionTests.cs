using System.Text.Json;
using CollectiveImpact.Graph.Analytics.Centrality;
using CollectiveImpact.Graph.Analytics.Graphs;
using CollectiveImpact.Graph.Analytics.Tests.Fixtures;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CollectiveImpact.Graph.Analytics.Tests.Centrality;

/// <summary>
/// Exact betweenness with its reductions (degree-1 folding) against NetworkX 3.6 on graphs built to exercise them: long
/// pendant trees, stars of identical leaves and a K(2,6), a chain of biconnected blocks joined at cut vertices,
/// disconnected pieces with an isolate and a lone edge, a tree (everything folds), the Petersen graph (nothing folds),
/// an initiative-shaped graph, organizations whose people tie to colleagues and to other organizations' people, and a
/// ladder, an even cycle and a K(2,9) (many neighbours tied in distance), each unweighted and with integer weights, one
/// with fractional weights. The expected scores are in Fixtures/betweenness_reductions.json, written by
/// Fixtures/make_betweenness_reduction_fixtures.py
/// (<c>nx.betweenness_centrality(G, normalized=..., weight=...)</c>, NetworkX 3.6.1 under Python 3.11). The property
/// checks the folded computation against plain Brandes (no folding) on random sparse graphs.
/// </summary>
public sealed class BetweennessReductionTests
{
    private static readonly Lazy<JsonElement> Document = new(() => FixtureGraph.LoadExpected("betweenness_reductions.json"));

    public static TheoryData<string, bool, bool> Cases()
    {
        var cases = new TheoryData<string, bool, bool>();
        foreach (var graph in Document.Value.GetProperty("graphs").EnumerateObject())
        {
            foreach (var entry in graph.Value.GetProperty("betweenness").EnumerateArray())
            {
                cases.Add(graph.Name, entry.GetProperty("normalized").GetBoolean(), entry.GetProperty("weighted").GetBoolean());
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compute_ReductionGraph_MatchesNetworkX(string graphName, bool normalized, bool weighted)
    {
        var (graph, expected) = Load(graphName, normalized, weighted);

        var result = BetweennessCentrality.Compute(graph, normalized, weighted);

        NetworkXCentrality.AssertMatches(expected, result.Scores);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compute_ReductionGraphOnOneThread_MatchesNetworkX(string graphName, bool normalized, bool weighted)
    {
        var (graph, expected) = Load(graphName, normalized, weighted);

        var result = BetweennessCentrality.Compute(graph, normalized, weighted, maxDegreeOfParallelism: 1);

        NetworkXCentrality.AssertMatches(expected, result.Scores);
    }

    [Fact]
    public void Fold_LongPendantTrees_LeavesOnlyTheCycle()
    {
        var (graph, _) = Load("long_pendant_trees", normalized: true, weighted: false);

        var folding = BetweennessPendantFolding.Fold(graph);

        Assert.Equal(5, folding.Core.NodeCount);
        Assert.Equal(graph.NodeCount, folding.CoreWeight.Sum());
    }

    [Fact]
    public void Fold_Tree_LeavesOneRoot()
    {
        var (graph, _) = Load("tree_only", normalized: true, weighted: false);

        var folding = BetweennessPendantFolding.Fold(graph);

        Assert.Equal(1, folding.Core.NodeCount);
        Assert.Equal(graph.NodeCount, folding.CoreWeight[0]);
    }

    [Fact]
    public void Fold_PetersenGraph_RemovesNothing()
    {
        var (graph, _) = Load("nothing_reduces", normalized: true, weighted: false);

        var folding = BetweennessPendantFolding.Fold(graph);

        Assert.Equal(graph.NodeCount, folding.Core.NodeCount);
        Assert.All(folding.TreeTerm, term => Assert.Equal(0.0, term));
    }

    [Property(MaxTest = 80)]
    public Property OrderedPairSums_RandomSparseGraph_FoldedEqualsPlainBrandes(int seed, byte size, bool weighted)
    {
        var nodes = 2 + (size % 60);
        var edges = Math.Min(nodes * (nodes - 1) / 2, nodes + (Math.Abs(seed % 7) - 2));
        var graph = WithIntegerWeights(RandomGraphs.Sparse(seed, nodes, Math.Max(0, edges)), seed);

        var folded = BetweennessCentrality.OrderedPairSums(graph, weighted, fold: true, workers: 1, CancellationToken.None, progress: null);
        var plain = BetweennessCentrality.OrderedPairSums(graph, weighted, fold: false, workers: 1, CancellationToken.None, progress: null);

        var agree = folded.Zip(plain).All(p => Math.Abs(p.First - p.Second) <= 1e-9 * Math.Max(1.0, Math.Abs(p.Second)));
        return agree.Label($"{nodes} nodes, {graph.EdgeCount} edges, weighted {weighted}: folded [{string.Join(", ", folded)}] vs plain [{string.Join(", ", plain)}]");
    }

    [Fact]
    public void Compute_WithProgress_ReportsFractionsUpToOneAtMostAboutAHundredTimes()
    {
        var graph = NetworkXCentrality.Graph("ci_network_500");
        var reports = new RecordingProgress();

        BetweennessCentrality.Compute(graph, progress: reports, maxDegreeOfParallelism: 2);

        Assert.InRange(reports.Values.Count, 1, 101);
        Assert.All(reports.Values, value => Assert.InRange(value, 0.0, 1.0));
        Assert.Equal(1.0, reports.Values.Max());
    }

    [Theory]
    [InlineData(CentralityMeasure.Betweenness, false)]
    [InlineData(CentralityMeasure.Betweenness, true)]
    [InlineData(CentralityMeasure.Closeness, false)]
    [InlineData(CentralityMeasure.Closeness, true)]
    [InlineData(CentralityMeasure.Harmonic, false)]
    [InlineData(CentralityMeasure.Harmonic, true)]
    public void CentralityCalculator_ShortestPathMeasureWithProgress_ReportsUpToOne(CentralityMeasure measure, bool weighted)
    {
        var graph = NetworkXCentrality.Graph("ci_network_500");
        var reports = new RecordingProgress();

        CentralityCalculator.Compute(graph, measure, new CentralityOptions { Weighted = weighted, Progress = reports });

        Assert.InRange(reports.Values.Count, 1, 101);
        Assert.All(reports.Values, value => Assert.InRange(value, 0.0, 1.0));
        Assert.Equal(1.0, reports.Values.Max());
    }

    private static UndirectedGraph WithIntegerWeights(UndirectedGraph graph, int seed)
    {
        var random = new Random(seed);
        return UndirectedGraph.Create(graph.NodeIds, graph.Edges.Select(e => e with { Weight = random.Next(1, 4) }).ToList());
    }

    private static (UndirectedGraph Graph, IReadOnlyDictionary<string, double> Expected) Load(string name, bool normalized, bool weighted)
    {
        var entry = Document.Value.GetProperty("graphs").GetProperty(name);
        var nodes = entry.GetProperty("nodes").EnumerateArray().Select(n => n.GetString()!).ToArray();
        var edges = entry.GetProperty("edges").EnumerateArray()
            .Select(e => (e[0].GetString()!, e[1].GetString()!, e[2].GetDouble()))
            .ToList();
        var graph = UndirectedGraph.Create(nodes, edges);
        var scores = entry.GetProperty("betweenness").EnumerateArray()
            .Single(b => b.GetProperty("normalized").GetBoolean() == normalized && b.GetProperty("weighted").GetBoolean() == weighted)
            .GetProperty("scores").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble());
        return (graph, scores);
    }

    /// <summary>Records reports synchronously (<see cref="Progress{T}"/> would post them to the thread pool).</summary>
    private sealed class RecordingProgress : IProgress<double>
    {
        private readonly List<double> values = [];

        public IReadOnlyList<double> Values
        {
            get
            {
                lock (values)
                {
                    return values.ToArray();
                }
            }
        }

        public void Report(double value)
        {
            lock (values)
            {
                values.Add(value);
            }
        }
    }
}
