using CollectiveImpact.Graph.Analytics.Gaps;
using CollectiveImpact.Graph.Analytics.Tests.Fixtures;
using CollectiveImpact.Graph.Store.Domain;
using static CollectiveImpact.Graph.Analytics.Tests.Fixtures.NetworkBuilder;

namespace CollectiveImpact.Graph.Analytics.Tests.Gaps;

/// <summary>
/// A hand-built network with exactly one planted case of every gap kind (analyses.md §2) and nothing else; the
/// expected findings are read off the network by hand (see the comments in <see cref="Planted"/>).
/// </summary>
public sealed class GapAnalysisTests
{
    private static readonly DateOnly AsOf = D("2026-01-01");

    private static Network Planted() => new NetworkBuilder()
        .Backbone("o-bb")
        .Goal("g-a", "Children ready for school")
        .Goal("g-unmeasured", "Safe neighbourhoods")     // committed by o-1, no indicator → GOAL_WITHOUT_INDICATOR
        .Goal("g-orphan", "Healthy families")            // measured and moved, nobody committed → GOAL_WITHOUT_COMMITMENT
        .Indicator("i-ok", "g-a", "Kindy enrolment", Direction.Increase,
            new DatedValue(50, D("2020-01-01")), new DatedValue(100, D("2030-01-01")), "%")
        .Indicator("i-idle", "g-a", "Dental checks")     // measured, nothing moves it → INDICATOR_WITHOUT_ACTIVITY
        .Indicator("i-stale", "g-a", "Census")           // last measured 2024-06-30 → INDICATOR_WITHOUT_RECENT_DATA
        .Indicator("i-behind", "g-a", "Attendance", Direction.Increase,
            new DatedValue(80, D("2020-01-01")), new DatedValue(90, D("2030-01-01")), "%")   // 79 in 2025 → OFF_TRACK
        .Indicator("i-orphan", "g-orphan", "Immunisation")
        .Measurement("i-ok", "2025-06-30", 80)
        .Measurement("i-idle", "2025-06-30", 3)
        .Measurement("i-stale", "2024-06-30", 60)
        .Measurement("i-behind", "2025-06-30", 79)
        .Measurement("i-orphan", "2025-06-30", 91)
        .Organization("o-bb", ["g-a"], name: "Backbone")  // no activity, but the backbone is exempt
        .Organization("o-1", ["g-a", "g-unmeasured"], name: "Library")
        .Organization("o-2", name: "Parish")
        .Organization("o-idle", name: "Logistics Co")    // tied, no activity → ORGANIZATION_WITHOUT_ACTIVITY
        .Organization("o-alone", name: "Quarry")         // leads an activity, no tie → ISOLATED_ORGANIZATION
        .Activity("a-1", "o-1", ["i-ok", "i-orphan"])
        .Activity("a-2", "o-2", ["i-stale", "i-behind"], partners: ["o-1"])
        .Activity("a-off", "o-alone", name: "Fun day")   // moves nothing → ACTIVITY_OFF_AGENDA
        .Tie("o-bb", "o-1")
        .Tie("o-idle", "o-1", TieType.Communicates)
        .Build();

    [Fact]
    public void Run_PlantedNetwork_FindsExactlyOneOfEachKindInOrder()
    {
        var report = GapAnalysis.Run(Planted(), new GapAnalysisOptions(AsOf));

        Assert.Equal(
            [
                (GapKind.GoalWithoutIndicator, "g-unmeasured"),
                (GapKind.IndicatorWithoutActivity, "i-idle"),
                (GapKind.IndicatorWithoutRecentData, "i-stale"),
                (GapKind.IndicatorOffTrack, "i-behind"),
                (GapKind.ActivityOffAgenda, "a-off"),
                (GapKind.OrganizationWithoutActivity, "o-idle"),
                (GapKind.IsolatedOrganization, "o-alone"),
                (GapKind.GoalWithoutCommitment, "g-orphan"),
            ],
            report.Findings.Select(f => (f.Kind, Assert.Single(f.NodeIds))));
    }

    [Fact]
    public void Run_PlantedNetwork_SentencesNameThingsByNameAndSayWhatToDo()
    {
        var report = GapAnalysis.Run(Planted(), new GapAnalysisOptions(AsOf));

        var idle = Assert.Single(report.OfKind(GapKind.IndicatorWithoutActivity));
        Assert.Equal(
            "Indicator 'Dental checks' has no activity moving it: ask the partners working on 'Children ready for school' ('Library', 'Parish' and 'Backbone') who could take it on.",
            idle.Message);
        var behind = Assert.Single(report.OfKind(GapKind.IndicatorOffTrack));
        Assert.Contains("'Attendance' is behind its line: 79 % on 2025-06-30", behind.Message);
        Assert.Contains("review with 'Parish'", behind.Message);
        var stale = Assert.Single(report.OfKind(GapKind.IndicatorWithoutRecentData));
        Assert.Contains("last measured on 2024-06-30, none in the 365 days before 2026-01-01", stale.Message);
        Assert.Contains("'Fun day' (led by 'Quarry')", Assert.Single(report.OfKind(GapKind.ActivityOffAgenda)).Message);
        Assert.Contains("the backbone 'Backbone'", Assert.Single(report.OfKind(GapKind.IsolatedOrganization)).Message);
        Assert.Contains("'Library' already work on it", Assert.Single(report.OfKind(GapKind.GoalWithoutCommitment)).Message);
    }

    [Fact]
    public void Run_GoalFilter_KeepsOnlyFindingsAboutThatGoal()
    {
        var report = GapAnalysis.Run(Planted(), new GapAnalysisOptions(AsOf, Goal: "g-a"));

        Assert.Equal(["i-idle", "i-stale", "i-behind"], report.Findings.Select(f => f.NodeIds[0]));
    }

    [Fact]
    public void Run_GoalFilter_IncludesOrganizationsAndActivitiesWorkingOnTheGoal()
    {
        var network = new NetworkBuilder()
            .Goal("g").Goal("h").Indicator("i", "g")
            .Organization("o-committed", ["g"]).Organization("o-other", ["h"]).Organization("o-mover")
            .Activity("a-moves", "o-mover", ["i"])
            .Activity("a-off", "o-mover")
            .Measurement("i", "2025-12-01", 1)
            .Build();

        var report = GapAnalysis.Run(network, new GapAnalysisOptions(AsOf, Goal: "g"));

        Assert.Equal(
            [(GapKind.ActivityOffAgenda, "a-off"), (GapKind.OrganizationWithoutActivity, "o-committed"),
             (GapKind.IsolatedOrganization, "o-committed"), (GapKind.IsolatedOrganization, "o-mover")],
            report.Findings.Select(f => (f.Kind, f.NodeIds[0])));
    }

    [Fact]
    public void Run_KindsFilter_KeepsOnlyThoseKinds()
    {
        var report = GapAnalysis.Run(Planted(), new GapAnalysisOptions(AsOf, Kinds: [GapKind.GoalWithoutCommitment, GapKind.ActivityOffAgenda]));

        Assert.Equal([GapKind.ActivityOffAgenda, GapKind.GoalWithoutCommitment], report.Findings.Select(f => f.Kind));
    }

    [Theory]
    [InlineData("2025-01-01", false)] // exactly staleAfterDays before asOf: still recent
    [InlineData("2024-12-31", true)]
    [InlineData("2026-01-01", false)] // on asOf itself
    [InlineData("2026-01-02", true)]  // after asOf: ignored, so never measured as of then
    public void Run_RecentDataWindow_IncludesBothEndsAndIgnoresTheFuture(string date, bool stale)
    {
        var network = new NetworkBuilder()
            .Goal("g").Indicator("i", "g").Organization("o", ["g"]).Activity("a", "o", ["i"])
            .Measurement("i", date, 1)
            .Build();

        var report = GapAnalysis.Run(network, new GapAnalysisOptions(AsOf, 365, Kinds: [GapKind.IndicatorWithoutRecentData]));

        Assert.Equal(stale, report.Findings.Count == 1);
    }

    [Fact]
    public void Run_NeverMeasured_IsStaleAndSaysSo()
    {
        var network = new NetworkBuilder().Goal("g").Indicator("i", "g", "Reading").Build();

        var report = GapAnalysis.Run(network, new GapAnalysisOptions(AsOf, Kinds: [GapKind.IndicatorWithoutRecentData]));

        Assert.Contains("'Reading' has never been measured", Assert.Single(report.Findings).Message);
    }

    [Fact]
    public void Run_OffTrack_ReadsOnlyMeasurementsUpToAsOf()
    {
        // Behind in 2025, back on track in 2027: as of 2026-01-01 the later value does not exist yet.
        var network = new NetworkBuilder()
            .Goal("g").Indicator("i", "g", baseline: new DatedValue(0, D("2020-01-01")), target: new DatedValue(10, D("2030-01-01")))
            .Measurement("i", "2025-06-30", 1).Measurement("i", "2027-06-30", 9)
            .Build();

        var then = GapAnalysis.Run(network, new GapAnalysisOptions(AsOf, Kinds: [GapKind.IndicatorOffTrack]));
        var later = GapAnalysis.Run(network, new GapAnalysisOptions(D("2028-01-01"), Kinds: [GapKind.IndicatorOffTrack]));

        Assert.Single(then.Findings);
        Assert.Empty(later.Findings);
    }

    [Fact]
    public void Run_NegativeStaleAfterDays_IsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => GapAnalysis.Run(Planted(), new GapAnalysisOptions(AsOf, -1)));
    }

    [Fact]
    public void Run_UnknownGoalFilter_IsRejectedNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => GapAnalysis.Run(Planted(), new GapAnalysisOptions(AsOf, Goal: "i-ok")));

        Assert.Contains("'i-ok'", error.Message);
    }

    [Fact]
    public void Run_DanglingReference_IsRejectedNamingIt()
    {
        var network = new NetworkBuilder().Goal("g").Organization("o").Activity("a", "o", ["i-missing"]).Build();

        var error = Assert.Throws<ArgumentException>(() => GapAnalysis.Run(network, new GapAnalysisOptions(AsOf)));

        Assert.Contains("'i-missing'", error.Message);
    }

    /// <summary>One pass over the network's nodes: only the already-cancelled case is worth a test.</summary>
    [Fact]
    public void Run_AlreadyCancelled_ThrowsOperationCanceled() =>
        Cancellation.AssertStops(token => GapAnalysis.Run(Planted(), new GapAnalysisOptions(AsOf), token), Cancellation.Already);
}
