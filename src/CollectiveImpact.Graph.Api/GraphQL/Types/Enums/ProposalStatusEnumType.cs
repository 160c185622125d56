using CollectiveImpact.Graph.Api.Services.Editing;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Enums;

public sealed class ProposalStatusEnumType : EnumerationGraphType<ProposalStatus>
{
    public ProposalStatusEnumType()
    {
        Name = "ProposalStatus";
        Description = "PENDING: waiting for the backbone. ACCEPTED: written to the network. REJECTED: turned down (see note).";
    }
}
