using CollectiveImpact.Graph.Store.Domain;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types;

public sealed class EntityCountsType : ObjectGraphType<EntityCounts>
{
    public EntityCountsType()
    {
        Name = "EntityCounts";
        Description = "How many of each kind of entry a write held.";
        Field(x => x.Initiatives).Description("Initiatives (0 or 1).");
        Field(x => x.Goals).Description("Goals.");
        Field(x => x.Indicators).Description("Indicators.");
        Field(x => x.Measurements).Description("Measurements.");
        Field(x => x.Organizations).Description("Organizations.");
        Field(x => x.People).Description("People.");
        Field(x => x.Activities).Description("Activities.");
        Field(x => x.Ties).Description("Ties.");
        Field(x => x.Total).Description("All of the above.");
    }
}
