namespace CollectiveImpact.Graph.Api.Services.Surveys;

/// <summary>How far an invited organization is with its answers.</summary>
public enum SurveyInvitationStatus
{
    /// <summary>Nothing saved yet.</summary>
    NotStarted,

    /// <summary>A draft is saved; it does not count until submitted.</summary>
    Draft,

    /// <summary>Submitted (it may still change its answers until the round closes).</summary>
    Submitted,
}
