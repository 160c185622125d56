using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Types.Enums;
using CollectiveImpact.Graph.Api.Services.Editing;
using CollectiveImpact.Graph.Store.Domain;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types;

public sealed class ChangeProposalType : ObjectGraphType<ChangeProposal>
{
    public ChangeProposalType()
    {
        Name = "ChangeProposal";
        Description = "A change a partner proposed to its own organization's details or people, and what the backbone decided.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The proposal's id, for acceptChangeProposal and rejectChangeProposal.").Access(FieldAccess.Proposals);
        Field(x => x.Kind, type: typeof(NonNullGraphType<ProposalKindEnumType>)).Description("What it changes.").Access(FieldAccess.Proposals);
        Field(x => x.Organization, type: typeof(NonNullGraphType<IdGraphType>)).Description("The proposing partner's organization.").Access(FieldAccess.Proposals);
        Field(x => x.Status, type: typeof(NonNullGraphType<ProposalStatusEnumType>)).Description("Where it stands.").Access(FieldAccess.Proposals);
        Field(x => x.ProposedBy).Description("Who proposed it (the key's or token's name).").Access(FieldAccess.Proposals);
        Field(x => x.ProposedAt).Description("When.").Access(FieldAccess.Proposals);
        Field(x => x.DecidedBy, nullable: true).Description("Who accepted or rejected it.").Access(FieldAccess.Proposals);
        Field(x => x.DecidedAt, nullable: true).Description("When.").Access(FieldAccess.Proposals);
        Field(x => x.Note, nullable: true).Description("The backbone's note on a rejection.").Access(FieldAccess.Proposals);
        Field<OrganizationType>("organizationChange").Description("For ORGANIZATION: the organization as the partner wants it.")
            .Resolve(context => context.Source.Entry as Organization).Access(FieldAccess.Proposals);
        Field<PersonType>("personChange").Description("For PERSON: the person as the partner wants it (new when no person has its id).")
            .Resolve(context => context.Source.Entry as Person).Access(FieldAccess.Proposals);
    }
}
