namespace CollectiveImpact.Graph.Analytics.Survey;

/// <summary>
/// An organization as others see it: the mean trust and value scores of the answers about it (null when nobody
/// scored it), and how many answers that is.
/// </summary>
public sealed record OrganizationScores(string Organization, double? Trust, double? Value, int Answers);
