using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Types.Enums;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types;

public sealed class ApiKeyType : ObjectGraphType<ApiKey>
{
    public ApiKeyType()
    {
        Name = "ApiKey";
        Description = "An API key, without its secret (only its SHA-256 is stored).";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The key's id, for revokeApiKey and the audit log.").Access(FieldAccess.Backbone);
        Field(x => x.Name).Description("Who holds it.").Access(FieldAccess.Backbone);
        Field(x => x.Role, type: typeof(NonNullGraphType<RoleEnumType>)).Description("What it may do.").Access(FieldAccess.Backbone);
        Field(x => x.Organization, nullable: true).Description("A partner key's organization id.").Access(FieldAccess.Backbone);
        Field(x => x.CreatedAt).Description("When it was created.").Access(FieldAccess.Backbone);
        Field(x => x.RevokedAt, nullable: true).Description("When it was revoked; null while it works.").Access(FieldAccess.Backbone);
        Field(x => x.ExpiresAt, nullable: true).Description("When it stops working (share links); null for a key that does not expire.").Access(FieldAccess.Backbone);
        Field("shareLink", x => x.IsShareLink).Description("True for a share link (createShareLink): read-only, expiring, for one map view.").Access(FieldAccess.Backbone);
        Field(x => x.View, nullable: true).Description("A share link's map view: the map's query string it opens (?asOf=…&focus=…); null for the map as it opens.").Access(FieldAccess.Backbone);
    }
}
