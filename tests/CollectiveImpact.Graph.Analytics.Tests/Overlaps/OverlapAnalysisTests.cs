using CollectiveImpact.Graph.Analytics.Overlaps;
using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Analytics.Tests.Fixtures;
using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Analytics.Tests.Overlaps;

/// <summary>
/// A hand-built network planting one overlap per coordination reason, two uncoordinated ones, and near misses
/// (same lead, no shared population, no shared place, Jaccard 1/3); the expected pairs are read off by hand.
/// </summary>
public sealed class OverlapAnalysisTests
{
    private static Network Planted() => new NetworkBuilder()
        .Goal("g")
        .Indicator("i1", "g").Indicator("i2", "g").Indicator("i3", "g").Indicator("i4", "g").Indicator("i5", "g")
        .Indicator("i6", "g").Indicator("i7", "g").Indicator("i8", "g").Indicator("i9", "g").Indicator("i10", "g")
        .Organizations("o-a", "o-b", "o-c", "o-d", "o-e", "o-f", "o-g", "o-h", "o-p", "o-x", "o-y")
        // Leads joined (COLLABORATES and SHARES_DATA).
        .Activity("a-lib", "o-a", ["i1", "i2"], populations: ["kids"], places: ["north"], name: "Reading club")
        .Activity("a-par", "o-b", ["i2", "i1"], populations: ["kids"], places: ["north"], name: "Homework club")
        .Tie("o-a", "o-b").Tie("o-a", "o-b", TieType.SharesData)
        // FEEDS_INTO.
        .Activity("a-c1", "o-c", ["i3"]).Activity("a-d1", "o-d", ["i3"]).FeedsInto("a-d1", "a-c1")
        // A shared partner (o-e and o-f are not joined themselves: each is joined to o-p only).
        .Activity("a-e1", "o-e", ["i4"], partners: ["o-p"]).Activity("a-f1", "o-f", ["i4"], partners: ["o-p"])
        // Uncoordinated, Jaccard exactly 1/2, sharing kids and north.
        .Activity("a-g1", "o-g", ["i5", "i6"], populations: ["kids"], places: ["north"], name: "After-school reading")
        .Activity("a-h1", "o-h", ["i5"], populations: ["kids", "teens"], places: ["north", "south"], name: "Homework help")
        // Near misses: same lead as a-g1; no population shared with a-h1 (a-g2 lists elders only).
        .Activity("a-g2", "o-g", ["i5", "i6"], populations: ["elders"])
        // Near misses: no shared place; Jaccard 1/3.
        .Activity("a-x1", "o-x", ["i7"], places: ["east"]).Activity("a-y1", "o-y", ["i7"], places: ["west"])
        .Activity("a-y2", "o-y", ["i7", "i8", "i9"])
        // Uncoordinated because the population and place conditions apply only where both list any.
        .Activity("a-x2", "o-x", ["i10"]).Activity("a-y3", "o-y", ["i10"], populations: ["kids"], places: ["west"])
        .Build();

    [Fact]
    public void Run_PlantedNetwork_FindsExactlyThePlantedPairsUncoordinatedFirst()
    {
        var report = OverlapAnalysis.Run(Planted());

        Assert.Equal(
            [
                ("a-x2", "a-y3", OverlapStatus.Uncoordinated),
                ("a-g1", "a-h1", OverlapStatus.Uncoordinated),
                ("a-c1", "a-d1", OverlapStatus.Coordinated),
                ("a-e1", "a-f1", OverlapStatus.Coordinated),
                ("a-lib", "a-par", OverlapStatus.Coordinated),
            ],
            report.Overlaps.Select(o => (o.ActivityA, o.ActivityB, o.Status)));
        Assert.Equal(3, report.CoordinatedCount);
        Assert.Equal(2, report.UncoordinatedCount);
    }

    [Fact]
    public void Run_PlantedNetwork_SaysWhichReasonCoordinatesEachPair()
    {
        var overlaps = OverlapAnalysis.Run(Planted()).Overlaps.ToDictionary(o => o.ActivityA);

        Assert.Equal([CoordinationReason.LeadsJoined], overlaps["a-lib"].Reasons);
        Assert.Equal([EdgeRelation.Collaborates, EdgeRelation.SharesData], overlaps["a-lib"].LeadRelations);
        Assert.Equal([CoordinationReason.FeedsInto], overlaps["a-c1"].Reasons);
        Assert.Equal(("a-d1", "a-c1"), (overlaps["a-c1"].Flows[0].From, overlaps["a-c1"].Flows[0].To));
        Assert.Equal([CoordinationReason.SharedPartner], overlaps["a-e1"].Reasons);
        Assert.Equal(["o-p"], overlaps["a-e1"].SharedPartners);
        Assert.Empty(overlaps["a-g1"].Reasons);
        Assert.Empty(overlaps["a-g1"].LeadRelations);
    }

    [Fact]
    public void Run_UncoordinatedPair_ReportsWhatItSharesAndSaysSo()
    {
        var pair = OverlapAnalysis.Run(Planted()).Overlaps.Single(o => o.ActivityA == "a-g1");

        Assert.Equal(0.5, pair.Similarity);
        Assert.Equal(["i5"], pair.SharedIndicators);
        Assert.Equal(["kids"], pair.SharedPopulations);
        Assert.Equal(["north"], pair.SharedPlaces);
        Assert.Equal(
            "'After-school reading' (led by 'o-g') and 'Homework help' (led by 'o-h') both move 'i5' for kids in north, "
            + "but 'o-g' and 'o-h' have no tie, no shared partner, and neither activity feeds the other: "
            + "a duplication risk the backbone should look at, and a chance to bring them together.",
            pair.Message);
    }

    [Fact]
    public void Run_WritesNoSentenceUntilOneIsRead_AndTheSentenceSurvivesAJsonRoundTrip()
    {
        var before = OverlapSentence.Written;

        var report = OverlapAnalysis.Run(Planted());
        var written = OverlapSentence.Written;
        var pair = report.Overlaps.Single(o => o.ActivityA == "a-lib");
        var message = pair.Message;
        var copy = System.Text.Json.JsonSerializer.Deserialize<ActivityOverlap>(System.Text.Json.JsonSerializer.Serialize(pair))!;

        Assert.Equal(before, written);
        Assert.Equal(before + 1, OverlapSentence.Written);
        Assert.Equal(message, copy.Message);
    }

    [Fact]
    public void Run_CoordinatedPair_SentenceNamesTheRelations()
    {
        var pair = OverlapAnalysis.Run(Planted()).Overlaps.Single(o => o.ActivityA == "a-lib");

        Assert.EndsWith("they are coordinated: 'o-a' and 'o-b' collaborate and share data.", pair.Message);
    }

    [Fact]
    public void Run_HigherThreshold_DropsThePairsBelowIt()
    {
        var report = OverlapAnalysis.Run(Planted(), new OverlapOptions(MinSimilarity: 0.75));

        Assert.DoesNotContain(report.Overlaps, o => o.ActivityA == "a-g1");
        Assert.Equal(4, report.Overlaps.Count);
    }

    [Fact]
    public void Run_LowerThreshold_AdmitsTheOneThirdPair()
    {
        var report = OverlapAnalysis.Run(Planted(), new OverlapOptions(MinSimilarity: 0.3));

        var pair = Assert.Single(report.Overlaps, o => o.ActivityB == "a-y2");
        Assert.Equal(("a-x1", 1.0 / 3), (pair.ActivityA, pair.Similarity));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void Run_SimilarityOutsideZeroToOne_IsRejected(double minSimilarity)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => OverlapAnalysis.Run(Planted(), new OverlapOptions(minSimilarity)));
    }
}
