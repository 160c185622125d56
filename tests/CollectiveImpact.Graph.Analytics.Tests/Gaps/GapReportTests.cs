using CollectiveImpact.Graph.Analytics.Gaps;

namespace CollectiveImpact.Graph.Analytics.Tests.Gaps;

/// <summary>The counts per kind a report derives from its findings (hand-made findings, so the counts are plain to see).</summary>
public sealed class GapReportTests
{
    [Fact]
    public void Counts_KindsAskedFor_OnePerKindInEnumOrderZeroWhenNone()
    {
        var report = new GapReport(
            new GapAnalysisOptions(new DateOnly(2025, 6, 30), Kinds: [GapKind.IsolatedOrganization, GapKind.GoalWithoutIndicator]),
            [
                new GapFinding(GapKind.IsolatedOrganization, ["o1"], "o1 is alone."),
                new GapFinding(GapKind.IsolatedOrganization, ["o2"], "o2 is alone."),
            ]);

        Assert.Equal([new GapKindCount(GapKind.GoalWithoutIndicator, 0), new GapKindCount(GapKind.IsolatedOrganization, 2)], report.Counts());
    }

    [Fact]
    public void Counts_NoKindFilter_CountsEveryKind()
    {
        var report = new GapReport(new GapAnalysisOptions(new DateOnly(2025, 6, 30)), []);

        Assert.Equal(Enum.GetValues<GapKind>(), report.Counts().Select(c => c.Kind));
    }
}
