using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Scalars;
using CollectiveImpact.Graph.Api.Services;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types;

public sealed class NetworkExportType : ObjectGraphType<NetworkExport>
{
    public NetworkExportType()
    {
        Name = "NetworkExport";
        Description = "The whole stored network as a network document, read at one version.";
        Field(x => x.Version).Description("The network version the document was read at.").Access(FieldAccess.Backbone);
        Field<CalendarDateGraphType>("asOf")
            .Description("The date the document is the network as of, when exportNetwork was given one; null for the stored document itself (every entry with its dates).")
            .Resolve(context => context.Source.AsOf)
            .Access(FieldAccess.Backbone);
        Field(x => x.Document, type: typeof(NonNullGraphType<JsonGraphType>))
            .Description("The network document (format collective-impact-network/1); importNetwork(mode: REPLACE) takes it back unchanged.")
            .Access(FieldAccess.Backbone);
    }
}
