using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.Tests.Graphs;

/// <summary>Expected rankings worked out by hand from the scores given.</summary>
public sealed class NodeScoresTests
{
    private static readonly UndirectedGraph FourNodes = UndirectedGraph.Create(["a", "b", "c", "d"], Array.Empty<WeightedEdge>());

    [Fact]
    public void Ranked_EqualScores_ShareRankAndBreakTiesById()
    {
        var scores = new NodeScores(FourNodes, [0.5, 0.9, 0.5, 0.1]);

        var ranked = scores.Ranked();

        Assert.Equal(["b", "a", "c", "d"], ranked.Select(r => r.Id));
        Assert.Equal([1, 2, 2, 4], ranked.Select(r => r.Rank));
    }

    [Fact]
    public void Ranked_UndefinedScores_ComeLast()
    {
        var scores = new NodeScores(FourNodes, [double.NaN, 0.2, 0.3, double.NaN]);

        var ranked = scores.Ranked(top: 3);

        Assert.Equal(["c", "b", "a"], ranked.Select(r => r.Id));
    }

    [Fact]
    public void Ranked_NegativeTop_IsRejected()
    {
        var scores = new NodeScores(FourNodes, [1, 2, 3, 4]);

        Assert.Throws<ArgumentOutOfRangeException>(() => scores.Ranked(top: -1));
    }
}
