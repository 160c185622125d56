using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL;

/// <summary>The schema: a singleton that only names its roots; the graph types come from DI.</summary>
public sealed class NetworkSchema : Schema
{
    public NetworkSchema(IServiceProvider services)
        : base(services)
    {
        Query = services.GetRequiredService<Query>();
        Mutation = services.GetRequiredService<Mutation>();
    }
}
