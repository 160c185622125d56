using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Loaders;
using CollectiveImpact.Graph.Store.Domain;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;

public sealed class CommunityType : ObjectGraphType<Community>
{
    public CommunityType()
    {
        Name = "Community";
        Description = "A group of nodes more densely joined among themselves than to the rest.";
        Field(x => x.Index).Description("Its position in the list: 0 is the largest (ties by smallest member id).").Access(FieldAccess.Analysis);
        Field<NonNullGraphType<IntGraphType>>("size").Description("How many members it has.").Resolve(context => context.Source.Members.Count).Access(FieldAccess.Analysis);
        Connection<NetworkNodeInterface>("members")
            .Description("Its members, in id order.")
            .Resolve(context => context.LoadNodes<INetworkNode>(context.Source.Members))
            .Access(FieldAccess.Analysis);
    }
}
