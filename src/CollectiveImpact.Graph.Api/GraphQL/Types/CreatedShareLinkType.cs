using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types;

public sealed class CreatedShareLinkType : ObjectGraphType<CreatedApiKey>
{
    public CreatedShareLinkType()
    {
        Name = "CreatedShareLink";
        Description = "A new share link: the link to hand out, shown this once (only a hash of its secret is stored).";
        Field("link", x => x.Key, type: typeof(NonNullGraphType<ApiKeyType>)).Description("The link as stored: its id (for revokeApiKey), role, expiry and view.").Access(FieldAccess.Backbone);
        Field<NonNullGraphType<StringGraphType>>("path")
            .Description("The link's path and fragment, to put after the service's address: the view's query string, then #share=<secret>. The secret travels in the fragment, which browsers do not send to servers or write to their logs; the map reads it and forgets it.")
            .Resolve(context => $"/{context.Source.Key.View}#share={context.Source.Secret}")
            .Access(FieldAccess.Backbone);
    }
}
