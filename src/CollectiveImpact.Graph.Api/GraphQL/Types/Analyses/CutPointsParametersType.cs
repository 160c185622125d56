using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Types.Enums;
using CollectiveImpact.Graph.Api.Services.Analyses;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;

public sealed class CutPointsParametersType : ObjectGraphType<CutPointsAnalysis>
{
    public CutPointsParametersType()
    {
        Name = "CutPointsParameters";
        Description = "The parameters the cut points ran with.";
        Field(x => x.Projection, type: typeof(NonNullGraphType<ProjectionEnumType>)).Description("The projection.").Access(FieldAccess.Analysis);
    }
}
