namespace CollectiveImpact.Graph.Analytics.Survey;

/// <summary>
/// Two organizations at least one of which reported working with the other: A &lt; B (ordinal); each side's trust and
/// value scores about the other (null when that side gave none), and the pair's status.
/// </summary>
public sealed record ReportedPair(
    string A,
    string B,
    PairStatus Status,
    double? TrustAboutB,
    double? ValueAboutB,
    double? TrustAboutA,
    double? ValueAboutA);
