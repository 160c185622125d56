using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Store.Domain;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types;

public sealed class EntityCountsType : ObjectGraphType<EntityCounts>
{
    public EntityCountsType()
    {
        Name = "EntityCounts";
        Description = "How many of each kind of entry a write held.";
        Field(x => x.Initiatives).Description("Initiatives (0 or 1).").Access(FieldAccess.Open);
        Field(x => x.Goals).Description("Goals.").Access(FieldAccess.Open);
        Field(x => x.Indicators).Description("Indicators.").Access(FieldAccess.Open);
        Field(x => x.Measurements).Description("Measurements.").Access(FieldAccess.Open);
        Field(x => x.Organizations).Description("Organizations.").Access(FieldAccess.Open);
        Field(x => x.People).Description("People.").Access(FieldAccess.Open);
        Field(x => x.Activities).Description("Activities.").Access(FieldAccess.Open);
        Field(x => x.Ties).Description("Ties.").Access(FieldAccess.Open);
        Field(x => x.Total).Description("All of the above.").Access(FieldAccess.Open);
    }
}
