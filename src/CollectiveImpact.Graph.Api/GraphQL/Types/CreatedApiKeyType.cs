using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types;

public sealed class CreatedApiKeyType : ObjectGraphType<CreatedApiKey>
{
    public CreatedApiKeyType()
    {
        Name = "CreatedApiKey";
        Description = "A new key and its secret, shown this once.";
        Field(x => x.Key, type: typeof(NonNullGraphType<ApiKeyType>)).Description("The key as stored.").Access(FieldAccess.Backbone);
        Field(x => x.Secret).Description("The key to send (Authorization: Bearer <secret> or X-Api-Key). Not stored: keep it now.").Access(FieldAccess.Backbone);
    }
}
