using CollectiveImpact.Graph.Api.GraphQL.Scalars;
using CollectiveImpact.Graph.Api.GraphQL.Types.Enums;
using CollectiveImpact.Graph.Store.Domain;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Inputs;

public sealed class ActivityInputType : InputObjectGraphType<Activity>
{
    public ActivityInputType()
    {
        Name = "ActivityInput";
        Description = "A whole activity. Updates replace every field: an omitted optional field is cleared.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The id, unique across every kind.");
        Field(x => x.Name).Description("The activity's name.");
        Field(x => x.Lead, type: typeof(NonNullGraphType<IdGraphType>)).Description("The id of the leading organization.");
        Field(x => x.Partners, type: typeof(ListGraphType<NonNullGraphType<IdGraphType>>)).Description("The ids of partner organizations.");
        Field(x => x.Indicators, type: typeof(ListGraphType<NonNullGraphType<IdGraphType>>)).Description("The ids of the indicators it moves.");
        Field(x => x.Populations, type: typeof(ListGraphType<NonNullGraphType<StringGraphType>>)).Description("The populations it serves.");
        Field(x => x.Places, type: typeof(ListGraphType<NonNullGraphType<StringGraphType>>)).Description("The places it works in.");
        Field(x => x.Status, type: typeof(ActivityStatusEnumType)).Description("Planned, active or completed.");
        Field(x => x.Start, type: typeof(CalendarDateGraphType)).Description("When it started.");
        Field(x => x.End, type: typeof(CalendarDateGraphType)).Description("When it ended or ends.");
    }
}
