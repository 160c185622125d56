using CollectiveImpact.Graph.Api.Services;
using CollectiveImpact.Graph.Api.Services.Analyses;
using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Generation;

namespace CollectiveImpact.Graph.Api.Tests.Services;

/// <summary>
/// The memo of shared intermediate results lives exactly as long as its version: what one analysis leaves there the
/// next analysis of the same version reuses, and a new version (a new <see cref="ProjectedNetwork"/>) starts empty, so
/// it never sees an old version's parts. Expected numbers: each analysis against itself on a fresh version.
/// </summary>
public sealed class ProjectedNetworkTests
{
    private static Network Generated(int seed) =>
        NetworkGenerator.Generate(new NetworkGeneratorOptions { Organizations = 120, Seed = seed });

    [Fact]
    public void Memo_AfterAnAnalysis_HoldsItsPartsForTheSameVersionOnly()
    {
        var version1 = new ProjectedNetwork(new NetworkSnapshot(1, Generated(3)));
        new WhatIfAnalysis(Top: 3, Seed: 42).Compute(version1, CancellationToken.None);

        var version2 = new ProjectedNetwork(new NetworkSnapshot(2, Generated(4)));

        Assert.True(version1.Memo.Holds("agenda") && version1.Memo.Holds("organizations.shape"));
        Assert.Equal(0, version2.Memo.Count);
    }

    [Fact]
    public void Memo_NewVersion_ComputesFromItsOwnNetwork()
    {
        var version1 = new ProjectedNetwork(new NetworkSnapshot(1, Generated(3)));
        var version2 = new ProjectedNetwork(new NetworkSnapshot(2, Generated(4)));
        var fresh2 = new ProjectedNetwork(new NetworkSnapshot(2, Generated(4)));
        new ReinforcementAnalysis().Compute(version1, CancellationToken.None);
        new WhatIfAnalysis(Top: 3, Seed: 42).Compute(version1, CancellationToken.None);

        var after = new WhatIfAnalysis(Top: 3, Seed: 42).Compute(version2, CancellationToken.None);

        var expected = new WhatIfAnalysis(Top: 3, Seed: 42).Compute(fresh2, CancellationToken.None);
        Assert.Equal((expected.Components, expected.AverageShortestPath, expected.ReinforcementIndex), (after.Components, after.AverageShortestPath, after.ReinforcementIndex));
    }
}
