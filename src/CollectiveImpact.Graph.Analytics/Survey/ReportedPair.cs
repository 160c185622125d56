namespace CollectiveImpact.Graph.Analytics.Survey;

/// <summary>
/// Two organizations at least one of which reported working with the other: A &lt; B (ordinal); each side's trust and
/// value scores about the other (null when that side gave none), the level of working together each side reported
/// (1 awareness … 4 integrated; null when that side gave none), and the pair's status.
/// </summary>
public sealed record ReportedPair(
    string A,
    string B,
    PairStatus Status,
    double? TrustAboutB,
    double? ValueAboutB,
    double? TrustAboutA,
    double? ValueAboutA,
    int? LevelAboutB = null,
    int? LevelAboutA = null)
{
    /// <summary>
    /// The pair's level: the mean of the levels its sides reported, rounded half up (both 2 and 3 make 3); null when
    /// neither side gave one.
    /// </summary>
    public int? Level => (LevelAboutB, LevelAboutA) switch
    {
        ({ } b, { } a) => (int)Math.Round((a + b) / 2.0, MidpointRounding.AwayFromZero),
        ({ } b, null) => b,
        (null, { } a) => a,
        _ => null,
    };
}
