using CollectiveImpact.Graph.Api.GraphQL.Scalars;
using CollectiveImpact.Graph.Api.GraphQL.Types.Enums;
using CollectiveImpact.Graph.Store.Domain;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Inputs;

public sealed class OrganizationInputType : InputObjectGraphType<Organization>
{
    public OrganizationInputType()
    {
        Name = "OrganizationInput";
        Description = "A whole organization. Updates replace every field: an omitted optional field is cleared.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The id, unique across every kind.");
        Field(x => x.Name).Description("The organization's name.");
        Field(x => x.Sector, type: typeof(SectorEnumType)).Description("Its sector.");
        Field(x => x.CommunityLed, type: typeof(BooleanGraphType)).DefaultValue(false).Description("True for community-led groups; false when omitted.");
        Field(x => x.Goals, type: typeof(ListGraphType<NonNullGraphType<IdGraphType>>)).Description("The ids of the goals it commits to.");
        Field(x => x.Since, type: typeof(CalendarDateGraphType)).Description("When it joined the initiative (inclusive).");
        Field(x => x.Until, type: typeof(CalendarDateGraphType)).Description("The last day it was part of the initiative (inclusive); not before since.");
    }
}
