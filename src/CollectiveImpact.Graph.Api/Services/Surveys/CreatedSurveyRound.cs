using CollectiveImpact.Graph.Store.Surveys;

namespace CollectiveImpact.Graph.Api.Services.Surveys;

/// <summary>A round just made, with every invited organization's personal link (their secrets shown this once).</summary>
public sealed record CreatedSurveyRound(SurveyRound Round, IReadOnlyList<SurveyLink> Links);
