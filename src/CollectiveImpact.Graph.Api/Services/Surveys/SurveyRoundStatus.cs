namespace CollectiveImpact.Graph.Api.Services.Surveys;

/// <summary>Where a round stands today.</summary>
public enum SurveyRoundStatus
{
    /// <summary>Made, but its opening date is still ahead: the links work from that day.</summary>
    Scheduled,

    /// <summary>Taking answers.</summary>
    Open,

    /// <summary>Past its closing date or closed by the backbone: results are final, the links no longer work.</summary>
    Closed,

    /// <summary>Closed, and its relationships were written to the network as ties.</summary>
    Applied,
}
