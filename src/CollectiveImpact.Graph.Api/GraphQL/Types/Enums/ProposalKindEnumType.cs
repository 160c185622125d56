using CollectiveImpact.Graph.Api.Services.Editing;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Enums;

public sealed class ProposalKindEnumType : EnumerationGraphType<ProposalKind>
{
    public ProposalKindEnumType()
    {
        Name = "ProposalKind";
        Description = "ORGANIZATION: a partner's own organization's details. PERSON: one of its people, new or changed.";
    }
}
