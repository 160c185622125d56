using CollectiveImpact.Graph.Analytics.Equity;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.Services.Analyses;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;

public sealed class EquityLensType : ObjectGraphType<AnalysisRun<EquityReport>>
{
    public EquityLensType()
    {
        Name = "EquityLens";
        Description = "Do community voices sit at the edge of the network? Centrality and structural holes on ORGANIZATIONS for community-led versus other organizations, and per sector.";
        this.AddRunFields<EquityReport, EquityLensParametersType>();
        Field("measures", x => x.Result.Measures, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<EquityMeasureType>>>))
            .Description("One comparison per measure, centralities first (in the order of CentralityMeasure), then Constraint and EffectiveSize.")
            .Access(FieldAccess.Analysis);
        this.AddNodeListField<AnalysisRun<EquityReport>, OrganizationType>("communityLedAtTheEdge", x => x.Result.CommunityLedAtTheEdge,
            "The community-led organizations with at most one tie in ORGANIZATIONS: the ones most at the edge.");
    }
}
