using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Types.Enums;
using CollectiveImpact.Graph.Api.Services.Analyses;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;

public sealed class EquityLensParametersType : ObjectGraphType<EquityLensAnalysis>
{
    public EquityLensParametersType()
    {
        Name = "EquityLensParameters";
        Description = "The parameters the equity lens ran with.";
        Field(x => x.Measures, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<CentralityMeasureEnumType>>>)).Description("The centralities compared.").Access(FieldAccess.Analysis);
        Field(x => x.StructuralHoles).Description("Whether constraint and effective size were compared too.").Access(FieldAccess.Analysis);
    }
}
