using CollectiveImpact.Graph.Analytics.Reinforcement;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;

public sealed class PipelineType : ObjectGraphType<Pipeline>
{
    public PipelineType()
    {
        Name = "Pipeline";
        Description = "Activities joined by FEEDS_INTO ties (one weakly connected piece): each one's outputs are the next one's inputs.";
        Field("activityIds", x => x.Activities, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>))
            .Description("Its activities' ids in pipeline order (a topological order, each cycle's members together, smallest id first among equals).")
            .Access(FieldAccess.Analysis);
        this.AddNodeListField<Pipeline, ActivityType>("activities", x => x.Activities, "Its activities in pipeline order.");
        Field(x => x.Flows, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<ActivityFlowType>>>)).Description("Its FEEDS_INTO ties, by (from, to).").Access(FieldAccess.Analysis);
        Field(x => x.Cycles, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>>))
            .Description("The activity ids of each FEEDS_INTO cycle in it (outputs that come back as inputs); empty when there is none.")
            .Access(FieldAccess.Analysis);
        Field(x => x.IsChain).Description("True for a simple chain: no cycle, each activity feeds at most one and is fed by at most one.").Access(FieldAccess.Analysis);
    }
}
