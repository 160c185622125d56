using CollectiveImpact.Graph.Analytics.Survey;

namespace CollectiveImpact.Graph.Api.Services.Surveys;

/// <summary>
/// A round's aggregate scores, what dashboards may read (docs/survey.md, "Who sees what"): no organization named, no
/// answer, no free text. The network's trust and value, the response rate and the reported network's shape.
/// </summary>
public sealed record SurveySummary(
    string Round,
    string Name,
    DateOnly Opens,
    DateOnly Closes,
    SurveyRoundStatus Status,
    SurveyResult Result);
