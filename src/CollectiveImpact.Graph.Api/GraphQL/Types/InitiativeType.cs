using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Loaders;
using CollectiveImpact.Graph.Store.Domain;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types;

public sealed class InitiativeType : ObjectGraphType<Initiative>
{
    public InitiativeType()
    {
        Name = "Initiative";
        Description = "The collective impact initiative itself.";
        this.AddNodeFields(NodeKind.Initiative);
        Field(x => x.Description, nullable: true).Description("What the initiative is about.").Access(FieldAccess.Open);
        Field<OrganizationType>("backbone")
            .Description("The backbone organization that coordinates, convenes and brokers; null when none is named.")
            .Resolve(context => context.LoadNode<Organization>(context.Source.Backbone))
            .Access(FieldAccess.Open);
    }
}
