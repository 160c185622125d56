using CollectiveImpact.Graph.Api.GraphQL.Scalars;
using CollectiveImpact.Graph.Store.Domain;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Inputs;

public sealed class PersonInputType : InputObjectGraphType<Person>
{
    public PersonInputType()
    {
        Name = "PersonInput";
        Description = "A whole person. Updates replace every field: an omitted optional field is cleared.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The id, unique across every kind.");
        Field(x => x.Name).Description("The person's name.");
        Field(x => x.Organization, type: typeof(IdGraphType)).Description("The id of their organization.");
        Field(x => x.Role, nullable: true).Description("Their role.");
        Field(x => x.Email, nullable: true).Description("Their email (personal contact data).");
        Field(x => x.CommunityMember, type: typeof(BooleanGraphType)).DefaultValue(false).Description("True for residents and community members; false when omitted.");
        Field(x => x.Since, type: typeof(CalendarDateGraphType)).Description("When they joined the initiative (inclusive).");
        Field(x => x.Until, type: typeof(CalendarDateGraphType)).Description("The last day they were part of the initiative (inclusive); not before since.");
    }
}
