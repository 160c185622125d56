using System.Security.Cryptography;
using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Api.Services.Errors;
using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Storage;

namespace CollectiveImpact.Graph.Api.Services.Editing;

/// <summary>
/// Partners propose changes to their own organization's details and people; the backbone accepts them (written
/// through the same validated, undoable edit as its own) or rejects them with a note (docs/web.md, "Editing").
/// </summary>
public sealed class ProposalService(ProposalStore proposals, NetworkWriter writer, INetworkStore store, TimeProvider clock)
{
    /// <summary>The most proposals an organization may have waiting at once.</summary>
    public const int MaxPendingPerOrganization = 50;

    public const int MaxNoteLength = 1_000;

    public async Task<ChangeProposal> ProposeAsync(Caller caller, INetworkNode entry, CancellationToken cancellationToken)
    {
        var own = caller.Role == Roles.Partner && caller.Organization is { } organization
            ? organization
            : throw new ForbiddenProblem("Only a partner proposes changes, to its own organization's details and people; the backbone edits directly.");
        switch (entry)
        {
            case Organization proposed when proposed.Id != own:
                throw new ForbiddenProblem($"A partner proposes changes to its own organization ('{own}') only, not to '{proposed.Id}'.");
            case Person person when person.Organization != own:
                throw new ForbiddenProblem($"A partner proposes its own people only: the person's organization must be '{own}'.");
            case Person person:
                var stored = (await store.GetNodesAsync([person.Id], cancellationToken)).FirstOrDefault();
                if (stored is not null && (stored is not Person existing || existing.Organization != own))
                {
                    throw new ForbiddenProblem($"'{person.Id}' is not one of your organization's people; propose a new person with a new id.");
                }

                break;
        }

        if (proposals.List(own, ProposalStatus.Pending, MaxPendingPerOrganization + 1).Count >= MaxPendingPerOrganization)
        {
            throw new ArgumentProblem($"input: your organization has {MaxPendingPerOrganization} proposals waiting already, the most kept; wait for the backbone to decide on them.");
        }

        var proposal = new ChangeProposal(
            "proposal-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5)), own,
            entry is Organization ? ProposalKind.Organization : ProposalKind.Person, entry, caller.Name, clock.GetUtcNow());
        proposals.Save(proposal);
        return proposal;
    }

    /// <summary>The backbone sees every organization's proposals; a partner its own organization's.</summary>
    public IReadOnlyList<ChangeProposal> List(Caller caller, ProposalStatus? status) =>
        proposals.List(caller.Role == Roles.Backbone ? null : caller.Organization ?? "-", status, 500);

    /// <summary>
    /// Writes a pending proposal to the network as the backbone's own edit (undoable by it). A person proposed without
    /// an e-mail keeps the address stored (partners cannot read it). Refused with the network's own problems, the
    /// proposal stays pending.
    /// </summary>
    public async Task<ChangeProposal> AcceptAsync(string id, Caller caller, EditRequest edit, CancellationToken cancellationToken)
    {
        var proposal = Pending(id);
        var stored = (await store.GetNodesAsync([proposal.Entry.Id], cancellationToken)).FirstOrDefault();
        var entry = (proposal.Entry, stored) switch
        {
            (Person person, Person existing) when person.Email is null => person with { Email = existing.Email },
            _ => proposal.Entry,
        };
        _ = stored is null
            ? await writer.CreateAsync(entry, cancellationToken, edit)
            : await writer.UpdateAsync(entry, cancellationToken, edit);
        var accepted = proposal with { Status = ProposalStatus.Accepted, DecidedBy = caller.Name, DecidedAt = clock.GetUtcNow() };
        proposals.Save(accepted);
        return accepted;
    }

    public ChangeProposal Reject(string id, Caller caller, string? note)
    {
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (note is { Length: > MaxNoteLength })
        {
            throw new ArgumentProblem($"note: {note.Length} characters; at most {MaxNoteLength}.");
        }

        var rejected = Pending(id) with { Status = ProposalStatus.Rejected, DecidedBy = caller.Name, DecidedAt = clock.GetUtcNow(), Note = note };
        proposals.Save(rejected);
        return rejected;
    }

    private ChangeProposal Pending(string id)
    {
        var proposal = proposals.Find(id) ?? throw NotFoundProblem.Id("proposal", id);
        return proposal.Status == ProposalStatus.Pending
            ? proposal
            : throw new ArgumentProblem($"id: the proposal was {proposal.Status.ToString().ToLowerInvariant()} already ({proposal.DecidedAt:yyyy-MM-dd}, {proposal.DecidedBy}).");
    }
}
