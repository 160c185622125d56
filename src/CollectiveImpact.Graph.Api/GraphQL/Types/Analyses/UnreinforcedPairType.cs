using CollectiveImpact.Graph.Analytics.Reinforcement;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.Services.Reviews;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;

public sealed class UnreinforcedPairType : ObjectGraphType<ActivityPair>
{
    public UnreinforcedPairType()
    {
        Name = "UnreinforcedPair";
        Description = "Two activities of one goal, led by different organizations, joined neither by FEEDS_INTO nor by their leads' tie.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("activityIds").Description("The two activities' ids, in id order.")
            .Resolve(context => new[] { context.Source.ActivityA, context.Source.ActivityB })
            .Access(FieldAccess.Analysis);
        this.AddNodeListField<ActivityPair, ActivityType>("activities", x => [x.ActivityA, x.ActivityB], "The two activities, in id order.");
        this.AddNodeListField<ActivityPair, OrganizationType>("leads", x => [x.LeadA, x.LeadB], "Their lead organizations, in the same order.");
        Field(x => x.Message).Description("Who they are, the goal they share, and what to do, in a sentence.").Access(FieldAccess.Analysis);
        this.AddReviewFields(FindingKeys.Of, "unreinforced:goal:a|b, the goal and the two activities' ids");
    }
}
