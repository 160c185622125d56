using CollectiveImpact.Graph.Analytics.Equity;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;

public sealed class GroupSummaryType : ObjectGraphType<GroupSummary>
{
    public GroupSummaryType()
    {
        Name = "GroupSummary";
        Description = "A measure summarized over a group of organizations.";
        Field(x => x.Count).Description("Organizations in the group.").Access(FieldAccess.Analysis);
        Field(x => x.Defined).Description("Of those, how many the measure gives a score (constraint leaves isolated ones undefined).").Access(FieldAccess.Analysis);
        Field(x => x.Mean, nullable: true).Description("Mean of the defined scores; null when none.").Access(FieldAccess.Analysis);
        Field(x => x.Median, nullable: true).Description("Median of the defined scores; null when none.").Access(FieldAccess.Analysis);
    }
}
