namespace CollectiveImpact.Graph.Analytics.Survey;

/// <summary>
/// A round's scores (analyses.md §7; <see cref="SurveyScores"/>): the response rate, each organization's and the
/// network's trust and value, the reported pairs with their status, the reported network's density and degree
/// centralization, the relationships of high value and low trust, and a summary in sentences.
/// </summary>
public sealed record SurveyResult(
    int Invited,
    int Submitted,
    double? ResponseRate,
    IReadOnlyList<ScoredRelationship> Relationships,
    IReadOnlyList<OrganizationScores> Organizations,
    double? NetworkTrust,
    double? NetworkValue,
    IReadOnlyList<ReportedPair> Pairs,
    int Confirmed,
    int OneSided,
    int Unconfirmed,
    double? Density,
    double? DegreeCentralization,
    IReadOnlyList<ScoredRelationship> HighValueLowTrust,
    IReadOnlyList<string> Summary);
