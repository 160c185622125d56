namespace CollectiveImpact.Graph.Api.Services.Surveys;

/// <summary>Which reported relationships become ties when a round is applied.</summary>
public enum SurveyApplyScope
{
    /// <summary>Only pairs both sides reported (confirmed).</summary>
    Confirmed,

    /// <summary>Every reported pair: confirmed, one-sided and unconfirmed.</summary>
    All,
}
