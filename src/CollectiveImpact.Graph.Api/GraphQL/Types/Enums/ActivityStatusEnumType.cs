using CollectiveImpact.Graph.Store.Domain;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Enums;

/// <summary>Where an activity stands: PLANNED, ACTIVE or COMPLETED. Values in the network format's spelling (CONSTANT_CASE of the member names).</summary>
public sealed class ActivityStatusEnumType : EnumerationGraphType<ActivityStatus>
{
    public ActivityStatusEnumType()
    {
        Name = "ActivityStatus";
        Description = "Where an activity stands: PLANNED, ACTIVE or COMPLETED.";
    }
}
