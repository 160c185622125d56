using CollectiveImpact.Graph.Analytics.StructuralHoles;
using CollectiveImpact.Graph.Analytics.Tests.Fixtures;

namespace CollectiveImpact.Graph.Analytics.Tests.StructuralHoles;

/// <summary>
/// Expected values worked out by hand (Burt 1992; NetworkX's <c>nx.constraint</c> and <c>nx.effective_size</c>): in a
/// star 0–1, 0–2 the hub's contacts are 1/2 of its ties each and unconnected, so its constraint is 2·(1/2)² = 0.5 and its
/// effective size 2; each leaf has one contact, constraint 1 and effective size 1; an isolate has neither (NaN).
/// </summary>
public sealed class StructuralHolesRankingTests
{
    [Fact]
    public void Compute_StarWithIsolate_RanksLowestConstraintFirstTiesByIdIsolateLast()
    {
        var graph = CanonicalGraphs.Unweighted(4, (0, 1), (0, 2));

        var ranking = StructuralHolesRanking.Compute(graph, weighted: false);

        Assert.Equal(["0", "1", "2", "3"], ranking.Select(p => p.Id));
        Assert.Equal([1, 2, 2, 4], ranking.Select(p => p.Rank));
        Assert.Equal([0.5, 1, 1], ranking.Take(3).Select(p => p.Constraint));
        Assert.Equal([2.0, 1, 1], ranking.Take(3).Select(p => p.EffectiveSize));
        Assert.True(double.IsNaN(ranking[3].Constraint) && double.IsNaN(ranking[3].EffectiveSize));
    }
}
