using CollectiveImpact.Graph.Analytics.Brokerage;
using CollectiveImpact.Graph.Analytics.Equity;
using CollectiveImpact.Graph.Analytics.Gaps;
using CollectiveImpact.Graph.Analytics.Overlaps;
using CollectiveImpact.Graph.Analytics.Reinforcement;
using CollectiveImpact.Graph.Analytics.Tests.Fixtures;
using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Analytics.Tests.Samples;

/// <summary>
/// The sample initiative (samples/riverbend-thrives.network.json) shows the cases samples/README.md says were
/// planted in it, with asOf 2026-11-26 and staleAfterDays 365; the ids below are copied from that table.
/// </summary>
public sealed class RiverbendSampleTests
{
    private static readonly Lazy<Network> Sample = new(RiverbendSample.Load);

    [Fact]
    public void GapAnalysis_Sample_ShowsEveryKindAndThePlantedIds()
    {
        var report = GapAnalysis.Run(Sample.Value, new GapAnalysisOptions(new DateOnly(2026, 11, 26), 365));

        foreach (var kind in Enum.GetValues<GapKind>())
        {
            Assert.NotEmpty(report.OfKind(kind));
        }

        AssertFound(report, GapKind.GoalWithoutIndicator, "g-safe-connected-neighbourhoods");
        AssertFound(report, GapKind.GoalWithoutCommitment, "g-safe-connected-neighbourhoods");
        AssertFound(report, GapKind.IndicatorWithoutActivity, "i-child-dental-decay");
        AssertFound(report, GapKind.IndicatorWithoutRecentData, "i-early-development-on-track", "i-tertiary-enrolment");
        AssertFound(report, GapKind.IndicatorOffTrack, "i-school-attendance-prep-3", "i-chronic-absence-secondary", "i-families-in-housing-stress");
        Assert.Equal(3, report.OfKind(GapKind.IndicatorOffTrack).Count); // "the other 18 are on track"
        AssertFound(report, GapKind.ActivityOffAgenda, "a-data-working-group", "a-partner-breakfasts", "a-family-fun-day", "a-community-pantry");
        AssertFound(report, GapKind.OrganizationWithoutActivity, "o-south-ferry-logistics", "o-hallam-family-trust", "o-ironbark-quarries-foundation");
        AssertFound(report, GapKind.IsolatedOrganization, "o-south-ferry-logistics");
    }

    [Fact]
    public void OverlapAnalysis_Sample_ShowsThePlantedCoordinatedAndUncoordinatedPairs()
    {
        var overlaps = OverlapAnalysis.Run(Sample.Value).Overlaps;

        var coordinated = Assert.Single(overlaps, o => (o.ActivityA, o.ActivityB) == ("a-kindy-transition-eastbank", "a-starting-school-eastbank"));
        Assert.Equal(OverlapStatus.Coordinated, coordinated.Status);
        Assert.Contains(CoordinationReason.LeadsJoined, coordinated.Reasons);
        Assert.Contains(CoordinationReason.FeedsInto, coordinated.Reasons);
        var uncoordinated = Assert.Single(overlaps, o => (o.ActivityA, o.ActivityB) == ("a-after-school-reading-club", "a-st-marks-homework-club"));
        Assert.Equal(OverlapStatus.Uncoordinated, uncoordinated.Status);
    }

    [Fact]
    public void ReinforcementCheck_Sample_ShowsThePlantedUnreinforcedPairAndPipelines()
    {
        var report = ReinforcementCheck.Run(Sample.Value);

        var reading = Assert.Single(report.Goals, g => g.Goal == "g-reading-by-year-3");
        Assert.Contains(reading.UnreinforcedPairs, p => (p.ActivityA, p.ActivityB) == ("a-after-school-reading-club", "a-st-marks-homework-club"));
        Assert.NotNull(report.Index);
        var earlyYears = Assert.Single(report.Pipelines, p => p.Activities.Contains("a-antenatal-outreach"));
        Assert.Equal(
            ["a-antenatal-outreach", "a-new-parent-home-visits", "a-playgroups-in-the-park", "a-kindy-transition-eastbank",
             "a-starting-school-eastbank", "a-reading-buddies"],
            earlyYears.Activities);
        Assert.True(earlyYears.IsChain);
        var pathways = Assert.Single(report.Pipelines, p => p.Activities.Contains("a-moving-up")).Activities.ToList();
        string[] chain = ["a-moving-up", "a-year10-career-conversations", "a-work-experience-network", "a-youth-jobs-pathway", "a-apprentice-mentoring"];
        Assert.Equal(chain, pathways.Where(chain.Contains));
        Assert.True(report.Pipelines.Count >= 3); // "and shorter ones"
    }

    [Fact]
    public void BrokerageRecommender_Sample_RecommendsThePlantedStrongPairFourStepsApart()
    {
        var recommendations = BrokerageRecommender.Run(Sample.Value).Recommendations; // the default top 20

        var strong = Assert.Single(recommendations, r => (r.OrganizationA, r.OrganizationB) == ("o-child-family-health", "o-first-nations-elders"));
        Assert.Equal(4, strong.Distance);
        Assert.Contains("i-child-health-checks", strong.SharedIndicators);
        Assert.Contains("i-kindy-enrolment", strong.SharedIndicators);
        Assert.Contains("first-nations-families", strong.SharedPopulations);
    }

    [Fact]
    public void WhatIf_Sample_TopIntroductionsShortenPathsAndRaiseReinforcement()
    {
        var report = WhatIf.Run(Sample.Value, 5);

        Assert.Equal(5, report.Introductions.Count);
        Assert.True(report.AverageShortestPath.Change <= 0);
        Assert.True(report.ReinforcementIndex.Change >= 0);
        Assert.True(report.Components.Change <= 0);
    }

    [Fact]
    public void EquityLens_Sample_CommunityLedGroupsSitAtTheEdge()
    {
        var report = EquityLens.Run(Sample.Value);

        var degree = report.Measures[0];
        Assert.Equal(10, degree.CommunityLed.Count);
        Assert.True(degree.CommunityLed.Mean < degree.Others.Mean);
        Assert.Contains("o-first-nations-elders", report.CommunityLedAtTheEdge);
    }

    private static void AssertFound(GapReport report, GapKind kind, params string[] ids)
    {
        var found = report.OfKind(kind).SelectMany(f => f.NodeIds).ToHashSet();
        foreach (var id in ids)
        {
            Assert.True(found.Contains(id), $"{kind} should include '{id}'; found {string.Join(", ", found)}.");
        }
    }
}
