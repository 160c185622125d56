using CollectiveImpact.Graph.Analytics.Communities;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;

public sealed class CommunityGoalType : ObjectGraphType<CommunityGoal>
{
    public CommunityGoalType()
    {
        Name = "CommunityGoal";
        Description = "A goal a community's organizations serve (committed to, or reached through their activities' indicators).";
        Field("goalId", x => x.Goal, type: typeof(NonNullGraphType<IdGraphType>)).Description("The goal's id.").Access(FieldAccess.Analysis);
        Field(x => x.Name).Description("The goal's name.").Access(FieldAccess.Analysis);
        Field(x => x.Count).Description("How many of the community's organizations serve it.").Access(FieldAccess.Analysis);
        Field(x => x.Share).Description("That count over the community's organizations (0-1).").Access(FieldAccess.Analysis);
        Field(x => x.Lift).Description("Share in the community over share among all organizations: above 1 it is more common here than overall.").Access(FieldAccess.Analysis);
        Field(x => x.Member).Description("True when the goal itself is a member of the community (FULL).").Access(FieldAccess.Analysis);
    }
}
