using CollectiveImpact.Graph.Analytics.Communities;
using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.Tests.Communities;

/// <summary>
/// A 200,000-node planted-partition graph (2,000 groups of 100; 600,000 edges, one in ten between groups; random,
/// seeded). Written exactly as NetworkX's gain formula, Louvain looped forever at this size (rounding made nodes move
/// between communities of equal value); this proves it terminates and finds the planted structure (modularity above
/// 0.8). Its speed lives in the benchmarks (benchmarks/), not here. It runs alone (its own collection).
/// </summary>
[Collection(nameof(LouvainPerformanceTests))]
[CollectionDefinition(nameof(LouvainPerformanceTests), DisableParallelization = true)]
public sealed class LouvainPerformanceTests
{
    [Fact]
    public void Detect_TwoHundredThousandNodePlantedPartition_TerminatesAndFindsIt()
    {
        var graph = PlantedPartition(groups: 2_000, groupSize: 100, edges: 600_000, seed: 1);

        var result = Louvain.Detect(graph, seed: 1);

        Assert.True(result.Modularity > 0.8, $"Q = {result.Modularity}");
    }

    private static UndirectedGraph PlantedPartition(int groups, int groupSize, int edges, int seed)
    {
        var random = new Random(seed);
        var n = groups * groupSize;
        var pairs = new HashSet<(int, int)>();
        while (pairs.Count < edges)
        {
            var a = random.Next(n);
            var b = random.Next(10) == 0 ? random.Next(n) : a / groupSize * groupSize + random.Next(groupSize);
            if (a != b)
            {
                pairs.Add((Math.Min(a, b), Math.Max(a, b)));
            }
        }

        return UndirectedGraph.Create(
            Enumerable.Range(0, n).Select(i => $"n{i}").ToArray(),
            pairs.Select(p => new WeightedEdge(p.Item1, p.Item2, 1)));
    }
}
