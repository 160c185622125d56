using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Api.Services.Editing;

/// <summary>
/// A change a partner proposed to its own organization's details or people (docs/web.md, "Editing"): the entry as it
/// should be (<see cref="Entry"/>: an <see cref="Organization"/> or a <see cref="Person"/>), who proposed it and when,
/// and what the backbone decided.
/// </summary>
public sealed record ChangeProposal(
    string Id,
    string Organization,
    ProposalKind Kind,
    INetworkNode Entry,
    string ProposedBy,
    DateTimeOffset ProposedAt,
    ProposalStatus Status = ProposalStatus.Pending,
    string? DecidedBy = null,
    DateTimeOffset? DecidedAt = null,
    string? Note = null);
