using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Types.Enums;
using CollectiveImpact.Graph.Api.Services.Analyses;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;

public sealed class CentralityParametersType : ObjectGraphType<CentralityAnalysis>
{
    public CentralityParametersType()
    {
        Name = "CentralityParameters";
        Description = "The parameters a centrality ran with.";
        Field(x => x.Projection, type: typeof(NonNullGraphType<ProjectionEnumType>)).Description("The projection.").Access(FieldAccess.Analysis);
        Field(x => x.Measure, type: typeof(NonNullGraphType<CentralityMeasureEnumType>)).Description("The measure.").Access(FieldAccess.Analysis);
        Field(x => x.Top, nullable: true).Description("How many of the ranking were asked for; null for all.").Access(FieldAccess.Analysis);
        Field(x => x.Normalized).Description("NetworkX's normalized (read by DEGREE and BETWEENNESS).").Access(FieldAccess.Analysis);
        Field(x => x.Weighted, nullable: true).Description("Whether edge weights were used; null for the measure's NetworkX default (unweighted, PAGE_RANK weighted).").Access(FieldAccess.Analysis);
        Field("maxIterations", x => x.EffectiveMaxIterations, nullable: true).Description("The iteration budget (EIGENVECTOR: Lanczos matrix-vector products per component; PAGE_RANK: power iterations); null for the measures that do not iterate.").Access(FieldAccess.Analysis);
        Field(x => x.Sample, type: typeof(CentralitySampleType)).Description("The sample of sampled betweenness; null when exact.").Access(FieldAccess.Analysis);
    }
}
