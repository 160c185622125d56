using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Inputs;
using CollectiveImpact.Graph.Api.GraphQL.Types;
using CollectiveImpact.Graph.Api.GraphQL.Types.Enums;
using CollectiveImpact.Graph.Api.Services.Editing;
using CollectiveImpact.Graph.Store.Domain;
using GraphQL;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL;

/// <summary>Partners propose changes to their own details and people; the backbone accepts or rejects them (audited).</summary>
public static class ProposalFields
{
    public static void AddProposalQueryFields(this Query query, ProposalService proposals)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChangeProposalType>>>>("changeProposals")
            .Description("Proposed changes, newest first (at most 500): the backbone sees every partner's, a partner its own organization's.")
            .Argument<ProposalStatusEnumType>("status", "Only those of this status (PENDING: waiting for a decision).")
            .Resolve(context => proposals.List(context.Caller(), context.GetArgument<ProposalStatus?>("status")))
            .Access(FieldAccess.Proposals);
    }

    public static void AddProposalMutationFields(this Mutation mutation, ProposalService proposals)
    {
        mutation.Field<NonNullGraphType<ChangeProposalType>>("proposeOrganizationChange")
            .Description("A partner proposes its own organization's details as they should be (the whole entry, like updateOrganization); the backbone accepts or rejects it. Nothing changes until then.")
            .Argument<NonNullGraphType<OrganizationInputType>>("input", "Your organization as it should be; its id must be your organization's.")
            .ResolveAsync(async context => await proposals.ProposeAsync(context.Caller(), context.GetArgument<Organization>("input"), context.CancellationToken))
            .Access(FieldAccess.Propose);

        mutation.Field<NonNullGraphType<ChangeProposalType>>("proposePersonChange")
            .Description("A partner proposes one of its people, new (an id no node has) or changed (one of its own people; an e-mail left out keeps the one stored). Nothing changes until the backbone accepts it.")
            .Argument<NonNullGraphType<PersonInputType>>("input", "The person as they should be; their organization must be yours.")
            .ResolveAsync(async context => await proposals.ProposeAsync(context.Caller(), context.GetArgument<Person>("input"), context.CancellationToken))
            .Access(FieldAccess.Propose);

        mutation.Field<NonNullGraphType<ChangeProposalType>>("acceptChangeProposal")
            .Description("Writes a pending proposal to the network as your own edit (validated; undoable with undoLastChange). Refused with the network's problems, it stays pending.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The proposal's id.")
            .ResolveAsync(async context => await proposals.AcceptAsync(context.GetArgument<string>("id"), context.Caller(), context.Edit(), context.CancellationToken))
            .Access(FieldAccess.Backbone);

        mutation.Field<NonNullGraphType<ChangeProposalType>>("rejectChangeProposal")
            .Description("Turns a pending proposal down, with a note the partner reads.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The proposal's id.")
            .Argument<StringGraphType>("note", "Why, at most 1,000 characters.")
            .Resolve(context => proposals.Reject(context.GetArgument<string>("id"), context.Caller(), context.GetArgument<string?>("note")))
            .Access(FieldAccess.Backbone);
    }
}
