using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Loaders;
using CollectiveImpact.Graph.Api.GraphQL.Scalars;
using CollectiveImpact.Graph.Store.Domain;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types;

public sealed class PersonType : ObjectGraphType<Person>
{
    public PersonType()
    {
        Name = "Person";
        Description = "A person in the network.";
        this.AddNodeFields(NodeKind.Person);
        Field(x => x.Role, nullable: true).Description("Their role, e.g. Principal.").Access(FieldAccess.People);
        Field(x => x.Email, nullable: true).Description("Personal contact data: the backbone role only (FORBIDDEN for others).").Access(FieldAccess.ContactData);
        Field(x => x.CommunityMember).Description("True for residents and community members (not staff of a partner).").Access(FieldAccess.People);
        Field(x => x.Since, type: typeof(CalendarDateGraphType))
            .Description("When they joined the initiative (inclusive); null when not recorded.")
            .Access(FieldAccess.People);
        Field(x => x.Until, type: typeof(CalendarDateGraphType))
            .Description("The last day they were part of the initiative (inclusive); null while they take part.")
            .Access(FieldAccess.People);
        Field<OrganizationType>("organization")
            .Description("The organization they belong to, if any.")
            .Resolve(context => context.LoadNode<Organization>(context.Source.Organization))
            .Access(FieldAccess.People);
        this.AddTies(FieldAccess.People);
    }
}
