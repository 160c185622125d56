using CollectiveImpact.Graph.Analytics.Equity;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;

public sealed class EquityMeasureType : ObjectGraphType<EquityMeasure>
{
    public EquityMeasureType()
    {
        Name = "EquityMeasure";
        Description = "One measure on ORGANIZATIONS, compared between community-led and other organizations and across sectors.";
        Field(x => x.Measure).Description("The measure: a CentralityMeasure name (Degree, Betweenness, …), Constraint or EffectiveSize.").Access(FieldAccess.Analysis);
        Field(x => x.CommunityLed, type: typeof(NonNullGraphType<GroupSummaryType>)).Description("Community-led organizations.").Access(FieldAccess.Analysis);
        Field(x => x.Others, type: typeof(NonNullGraphType<GroupSummaryType>)).Description("Every other organization.").Access(FieldAccess.Analysis);
        Field(x => x.BySector, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<SectorSummaryType>>>))
            .Description("Each sector present, in Sector order, organizations without a sector last.")
            .Access(FieldAccess.Analysis);
    }
}
