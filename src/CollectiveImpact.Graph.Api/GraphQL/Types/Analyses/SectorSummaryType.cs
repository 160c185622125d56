using CollectiveImpact.Graph.Analytics.Equity;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Types.Enums;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;

public sealed class SectorSummaryType : ObjectGraphType<SectorSummary>
{
    public SectorSummaryType()
    {
        Name = "SectorSummary";
        Description = "A measure summarized over one sector's organizations.";
        Field(x => x.Sector, type: typeof(SectorEnumType)).Description("The sector; null for organizations without one.").Access(FieldAccess.Analysis);
        Field(x => x.Summary, type: typeof(NonNullGraphType<GroupSummaryType>)).Description("The summary.").Access(FieldAccess.Analysis);
    }
}
