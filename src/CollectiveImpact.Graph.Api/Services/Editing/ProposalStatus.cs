namespace CollectiveImpact.Graph.Api.Services.Editing;

/// <summary>Where a proposed change stands.</summary>
public enum ProposalStatus
{
    /// <summary>Waiting for the backbone.</summary>
    Pending,

    /// <summary>Accepted and written to the network.</summary>
    Accepted,

    /// <summary>Turned down, with the backbone's note.</summary>
    Rejected,
}
