using CollectiveImpact.Graph.Analytics.Centrality;
using CollectiveImpact.Graph.Analytics.Equity;
using CollectiveImpact.Graph.Analytics.Tests.Fixtures;
using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Analytics.Tests.Equity;

/// <summary>
/// A star with a community-led organization hanging off one arm: hub–a, hub–b, hub–c, a–cl. Normalized degree
/// (degree / 4, nx.degree_centrality) by hand: hub 0.75, a 0.5, b, c and cl 0.25.
/// </summary>
public sealed class EquityLensTests
{
    private static Network Star() => new NetworkBuilder()
        .Organization("o-hub", sector: Sector.Government)
        .Organization("o-a", sector: Sector.Nonprofit).Organization("o-b", sector: Sector.Nonprofit)
        .Organization("o-c", sector: Sector.Nonprofit)
        .Organization("o-cl", communityLed: true, sector: Sector.Community)
        .Tie("o-hub", "o-a").Tie("o-hub", "o-b").Tie("o-hub", "o-c").Tie("o-a", "o-cl")
        .Build();

    [Fact]
    public void Run_Star_SummarizesDegreeForCommunityLedOthersAndSectors()
    {
        var report = EquityLens.Run(Star());

        var degree = report.Measures[0];
        Assert.Equal("Degree", degree.Measure);
        Assert.Equal(new GroupSummary(1, 1, 0.25, 0.25), degree.CommunityLed);
        Assert.Equal(new GroupSummary(4, 4, 0.4375, 0.375), degree.Others);
        Assert.Equal(
            [(Sector.Nonprofit, 1.0 / 3), (Sector.Government, 0.75), (Sector.Community, 0.25)],
            degree.BySector.Select(s => ((Sector)s.Sector!, s.Summary.Mean!.Value)));
    }

    [Fact]
    public void Run_Star_ComparesTheDefaultMeasuresAndStructuralHoles()
    {
        var report = EquityLens.Run(Star());

        Assert.Equal(["Degree", "Betweenness", "Closeness", "Eigenvector", "Constraint", "EffectiveSize"], report.Measures.Select(m => m.Measure));
        Assert.Equal(["o-cl"], report.CommunityLedAtTheEdge);
    }

    [Fact]
    public void Run_ChosenMeasuresWithoutStructuralHoles_ComparesOnlyThose()
    {
        var report = EquityLens.Run(Star(), new EquityOptions([CentralityMeasure.PageRank], StructuralHoles: false));

        Assert.Equal(["PageRank"], report.Measures.Select(m => m.Measure));
    }

    [Fact]
    public void Run_NoCommunityLedOrganizations_SummaryIsEmpty()
    {
        var network = new NetworkBuilder().Organizations("o-1", "o-2").Tie("o-1", "o-2").Build();

        var degree = EquityLens.Run(network).Measures[0];

        Assert.Equal(new GroupSummary(0, 0, null, null), degree.CommunityLed);
        Assert.Equal([(Sector?)null], degree.BySector.Select(s => s.Sector));
    }
}
