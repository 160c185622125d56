namespace CollectiveImpact.Graph.Api.Services.Editing;

/// <summary>What a partner may propose: changes to its own organization's details, or one of its own people.</summary>
public enum ProposalKind
{
    /// <summary>Its own organization's details (name, sector, community-led, goals, dates).</summary>
    Organization,

    /// <summary>A person of its own organization, new or changed.</summary>
    Person,
}
