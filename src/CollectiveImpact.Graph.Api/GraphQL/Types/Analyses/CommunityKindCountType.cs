using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;

public sealed class CommunityKindCountType : ObjectGraphType<KeyValuePair<string, int>>
{
    public CommunityKindCountType()
    {
        Name = "CommunityKindCount";
        Description = "How many members of one kind a community has.";
        Field<NonNullGraphType<StringGraphType>>("kind").Description("GOAL, INDICATOR, ORGANIZATION, PERSON or ACTIVITY.").Resolve(context => context.Source.Key).Access(FieldAccess.Analysis);
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many.").Resolve(context => context.Source.Value).Access(FieldAccess.Analysis);
    }
}
