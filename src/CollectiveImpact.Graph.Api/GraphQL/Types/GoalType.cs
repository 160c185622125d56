using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Loaders;
using CollectiveImpact.Graph.Store.Domain;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types;

public sealed class GoalType : ObjectGraphType<Goal>
{
    public GoalType()
    {
        Name = "Goal";
        Description = "A goal of the common agenda.";
        this.AddNodeFields(NodeKind.Goal);
        Field(x => x.Description, nullable: true).Description("A longer statement of the goal.").Access(FieldAccess.Open);
        Connection<IndicatorType>("indicators")
            .Description("The indicators measuring this goal, in id order. None means the goal is not measured.")
            .Resolve(context => context.LoadChildren(l => l.IndicatorsByGoal, context.Source.Id, i => i.Id))
            .Access(FieldAccess.Open);
        Connection<OrganizationType>("organizations")
            .Description("The organizations committed to this goal, in id order.")
            .Resolve(context => context.LoadChildren(l => l.OrganizationsByGoal, context.Source.Id, o => o.Id))
            .Access(FieldAccess.Open);
        Connection<ActivityType>("activities")
            .Description("The activities moving any indicator of this goal, in id order.")
            .Resolve(context => context.LoadChildren(l => l.ActivitiesByGoal, context.Source.Id, a => a.Id))
            .Access(FieldAccess.Open);
    }
}
