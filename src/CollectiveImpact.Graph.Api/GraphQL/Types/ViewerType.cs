using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types;

public sealed class ViewerType : ObjectGraphType<Caller>
{
    public ViewerType()
    {
        Name = "Viewer";
        Description = "Who is calling: what the web pages read to show each role its own controls (editing for the backbone, proposals for a partner).";
        Field(x => x.Name).Description("The key's or token's name.").Access(FieldAccess.Open);
        Field(x => x.Role).Description("backbone, evaluator, dashboard or partner (docs/security.md).").Access(FieldAccess.Open);
        Field(x => x.Organization, type: typeof(IdGraphType)).Description("A partner's own organization; null for the other roles.").Access(FieldAccess.Open);
    }
}
