using CollectiveImpact.Graph.Analytics.Change;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Comparison;

public sealed class ReinforcementChangeType : ObjectGraphType<ReinforcementChange>
{
    public ReinforcementChangeType()
    {
        Name = "ReinforcementChange";
        Description = "The reinforcement index (see reinforcement) of the initiative and of each goal, on both sides: higher is better.";
        Field<NonNullGraphType<MetricChangeType>>("index").Description("The whole initiative's index.").Resolve(c => c.Source.Index).Access(FieldAccess.Analysis);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GoalIndexChangeType>>>>("goals").Description("Every goal on either side, by id.").Resolve(c => c.Source.Goals).Access(FieldAccess.Analysis);
    }
}
