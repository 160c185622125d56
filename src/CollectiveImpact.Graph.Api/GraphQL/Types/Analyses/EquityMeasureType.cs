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
        Field(x => x.SampledSources, nullable: true)
            .Description("For an estimate, how many sampled sources it used (BETWEENNESS above 5,000 organizations unless asked exact); null when exact.")
            .Access(FieldAccess.Analysis);
        Field(x => x.ErrorBound, nullable: true)
            .Description("For an estimate, ε: each score and each group's mean is within ε of the exact value with probability at least 0.95 (Hoeffding's inequality); null when exact.")
            .Access(FieldAccess.Analysis);
    }
}
