using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Loaders;
using CollectiveImpact.Graph.Api.GraphQL.Scalars;
using CollectiveImpact.Graph.Api.GraphQL.Types.Enums;
using CollectiveImpact.Graph.Store.Domain;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types;

public sealed class OrganizationType : ObjectGraphType<Organization>
{
    public OrganizationType()
    {
        Name = "Organization";
        Description = "A partner organization of the initiative.";
        this.AddNodeFields(NodeKind.Organization);
        Field(x => x.Sector, type: typeof(SectorEnumType)).Description("Its sector, when known.").Access(FieldAccess.Open);
        Field(x => x.CommunityLed).Description("True for community-led groups, whose voice the initiative must not leave at the edge.").Access(FieldAccess.Open);
        Field(x => x.Since, type: typeof(CalendarDateGraphType))
            .Description("When it joined the initiative (inclusive); null when not recorded. Before this date it is not a node of the network.")
            .Access(FieldAccess.Open);
        Field(x => x.Until, type: typeof(CalendarDateGraphType))
            .Description("The last day it was part of the initiative (inclusive); null while it takes part.")
            .Access(FieldAccess.Open);
        Connection<GoalType>("goals")
            .Description("The goals it has committed to, in id order.")
            .Resolve(context => context.LoadNodes<Goal>(context.Source.Goals))
            .Access(FieldAccess.Open);
        Connection<PersonType>("people")
            .Description("Its people, in id order. A partner sees only its own organization's; for others this is empty.")
            .Resolve(context =>
            {
                var caller = context.Caller();
                return context.LoadChildren(l => l.PeopleByOrganization, context.Source.Id, p => p.Id, p => PersonVisibility.CanSee(caller, p));
            })
            .Access(FieldAccess.People);
        Connection<ActivityType>("activities")
            .Description("The activities it leads or partners on, in id order.")
            .Resolve(context => context.LoadChildren(l => l.ActivitiesByOrganization, context.Source.Id, a => a.Id))
            .Access(FieldAccess.Open);
        this.AddTies(FieldAccess.Open);
    }
}
