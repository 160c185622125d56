using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Store.Storage;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types;

public sealed class NetworkChangesType : ObjectGraphType<NetworkChanges>
{
    public NetworkChangesType()
    {
        Name = "NetworkChanges";
        Description = "What an import adds, changes and removes, per kind of entry.";
        Field(x => x.Initiative, type: typeof(NonNullGraphType<KindChangesType>)).Description("The initiative (0 or 1).").Access(FieldAccess.Open);
        Field(x => x.Goals, type: typeof(NonNullGraphType<KindChangesType>)).Description("Goals.").Access(FieldAccess.Open);
        Field(x => x.Indicators, type: typeof(NonNullGraphType<KindChangesType>)).Description("Indicators.").Access(FieldAccess.Open);
        Field(x => x.Measurements, type: typeof(NonNullGraphType<KindChangesType>)).Description("Measurements.").Access(FieldAccess.Open);
        Field(x => x.Organizations, type: typeof(NonNullGraphType<KindChangesType>)).Description("Organizations.").Access(FieldAccess.Open);
        Field(x => x.People, type: typeof(NonNullGraphType<KindChangesType>)).Description("People.").Access(FieldAccess.Open);
        Field(x => x.Activities, type: typeof(NonNullGraphType<KindChangesType>)).Description("Activities.").Access(FieldAccess.Open);
        Field(x => x.Ties, type: typeof(NonNullGraphType<KindChangesType>)).Description("Ties.").Access(FieldAccess.Open);
        Field(x => x.Nodes, type: typeof(NonNullGraphType<KindChangesType>)).Description("Goals, indicators, organizations, people and activities together.").Access(FieldAccess.Open);
        Field(x => x.Total, type: typeof(NonNullGraphType<KindChangesType>)).Description("Every kind together.").Access(FieldAccess.Open);
    }
}
