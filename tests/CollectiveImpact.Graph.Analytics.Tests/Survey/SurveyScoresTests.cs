using CollectiveImpact.Graph.Analytics.Survey;

namespace CollectiveImpact.Graph.Analytics.Tests.Survey;

/// <summary>
/// Survey scores against a round worked out by hand (analyses.md §7). Four invited, A, B and C submitted, D did not:
/// <list type="bullet">
/// <item>A about B: trust 4,4,4, value 3,3,3 → 4 and 3; A about C: trust 2,2,1, value 4,4,3 → 5/3 and 11/3;
/// A about D: trust 3,3,3, value 2,2,2 → 3 and 2;</item>
/// <item>B about A: trust 3,4,3, value 3,3,4 → 10/3 and 10/3; B about C: does not work with C;</item>
/// <item>C about A: trust 2,2,2, value 2,3,4 → 2 and 3; C about B: works with B, no scores;</item>
/// <item>D about A: a draft (D has not submitted), ignored.</item>
/// </list>
/// Network trust (4 + 5/3 + 3 + 10/3 + 2) / 5 = 2.8, value (3 + 11/3 + 2 + 10/3 + 3) / 5 = 3. Pairs: A–B and A–C
/// confirmed, B–C one-sided (B submitted and said no), A–D unconfirmed (D has not submitted). Reported network: 4
/// nodes, 4 edges: density 8/12; degrees 3, 2, 2, 1: centralization (0 + 1 + 1 + 2) / (3 · 2) = 2/3.
/// </summary>
public sealed class SurveyScoresTests
{
    private static readonly SurveyResponses Round = new(
        ["A", "B", "C", "D"],
        ["A", "B", "C"],
        [
            new("A", "B", true, 3, [4, 4, 4], [3, 3, 3]),
            new("A", "C", true, 2, [2, 2, 1], [4, 4, 3]),
            new("A", "D", true, 1, [3, 3, 3], [2, 2, 2]),
            new("B", "A", true, 4, [3, 4, 3], [3, 3, 4]),
            new("B", "C", false),
            new("C", "A", true, 2, [2, 2, 2], [2, 3, 4]),
            new("C", "B", true, 1),
            new("D", "A", true, 4, [1, 1, 1], [1, 1, 1]),
        ]);

    [Fact]
    public void Compute_HandWorkedRound_GivesEveryScore()
    {
        var result = SurveyScores.Compute(Round);

        Assert.Equal((4, 3, 0.75), (result.Invited, result.Submitted, result.ResponseRate));
        Assert.Equal(5, result.Relationships.Count);
        Assert.Equal(2.8, result.NetworkTrust!.Value, 12);
        Assert.Equal(3.0, result.NetworkValue!.Value, 12);
        var a = result.Organizations.Single(o => o.Organization == "A");
        Assert.Equal((8.0 / 3, 19.0 / 6, 2), (Math.Round(a.Trust!.Value, 12), Math.Round(a.Value!.Value, 12), a.Answers), new RoundedComparer());
        Assert.Equal((5.0 / 3, 11.0 / 3), (result.Organizations.Single(o => o.Organization == "C").Trust!.Value, result.Organizations.Single(o => o.Organization == "C").Value!.Value), new RoundedComparer());
        Assert.Equal(
            [("A", "B", PairStatus.Confirmed), ("A", "C", PairStatus.Confirmed), ("A", "D", PairStatus.Unconfirmed), ("B", "C", PairStatus.OneSided)],
            result.Pairs.Select(p => (p.A, p.B, p.Status)));
        Assert.Equal((2, 1, 1), (result.Confirmed, result.OneSided, result.Unconfirmed));
        Assert.Equal(8.0 / 12, result.Density!.Value, 12);
        Assert.Equal(2.0 / 3, result.DegreeCentralization!.Value, 12);
        Assert.Equal([("A", "C"), ("C", "A")], result.HighValueLowTrust.Select(r => (r.From, r.About)));
        var ab = result.Pairs[0];
        Assert.Equal((4.0, 3.0, 10.0 / 3, 10.0 / 3), (ab.TrustAboutB!.Value, ab.ValueAboutB!.Value, ab.TrustAboutA!.Value, ab.ValueAboutA!.Value), new RoundedComparer());
    }

    [Fact]
    public void Compute_HandWorkedRound_SaysItInSentences()
    {
        var result = SurveyScores.Compute(Round, id => $"Org {id}");

        Assert.Equal(
        [
            "3 of 4 invited organizations answered (75%).",
            "Across 5 scored relationships, trust is 2.8 of 4 (70%) and value 3.0 of 4 (75%).",
            "4 working relationships were reported: 2 confirmed by both sides, 1 one-sided, 1 waiting for the other side to answer.",
            "2 relationships are of high value but low trust, where the backbone's help matters most; the widest gap is Org A about Org C (value 3.7, trust 1.7).",
        ], result.Summary);
    }

    [Fact]
    public void Compute_HandWorkedRound_GivesEachPairTheMeanOfItsReportedLevelsRoundedHalfUp()
    {
        var result = SurveyScores.Compute(Round);

        // A–B: 3 and 4 → 3.5 → 4; A–C: 2 and 2; A–D: A's 1 alone (D's draft does not count); B–C: C's 1 alone (B said no).
        Assert.Equal(
            [("A", "B", 3, 4, 4), ("A", "C", 2, 2, 2), ("A", "D", 1, (int?)null, 1), ("B", "C", null, 1, 1)],
            result.Pairs.Select(p => (p.A, p.B, p.LevelAboutB, p.LevelAboutA, p.Level!.Value)).ToList());
    }

    [Fact]
    public void Compute_NobodyAnswered_LeavesScoresUndefined()
    {
        var result = SurveyScores.Compute(new SurveyResponses(["A", "B"], [], []));

        Assert.Equal((0.0, null, null), (result.ResponseRate!.Value, result.NetworkTrust, result.NetworkValue));
        Assert.Empty(result.Pairs);
        Assert.Equal(0.0, result.Density);
        Assert.Null(result.DegreeCentralization);
        Assert.Equal(["0 of 2 invited organizations answered (0%)."], result.Summary);
    }

    [Fact]
    public void Compute_AnIncompleteOrOutOfRangeScore_IsNotScored()
    {
        var result = SurveyScores.Compute(new SurveyResponses(["A", "B"], ["A"], [new("A", "B", true, 2, [4, 4], [3, 3, 3]), new("A", "A", true, 2, [4, 4, 4], [4, 4, 4])]));

        Assert.Empty(result.Relationships);
        Assert.Equal(PairStatus.Unconfirmed, Assert.Single(result.Pairs).Status);
    }

    private sealed class RoundedComparer : IEqualityComparer<(double, double, int)>, IEqualityComparer<(double, double)>, IEqualityComparer<(double, double, double, double)>
    {
        public bool Equals((double, double, int) x, (double, double, int) y) => Near(x.Item1, y.Item1) && Near(x.Item2, y.Item2) && x.Item3 == y.Item3;

        public bool Equals((double, double) x, (double, double) y) => Near(x.Item1, y.Item1) && Near(x.Item2, y.Item2);

        public bool Equals((double, double, double, double) x, (double, double, double, double) y) =>
            Near(x.Item1, y.Item1) && Near(x.Item2, y.Item2) && Near(x.Item3, y.Item3) && Near(x.Item4, y.Item4);

        public int GetHashCode((double, double, int) obj) => 0;

        public int GetHashCode((double, double) obj) => 0;

        public int GetHashCode((double, double, double, double) obj) => 0;

        private static bool Near(double a, double b) => Math.Abs(a - b) < 1e-9;
    }
}
