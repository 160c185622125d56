using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Types.Enums;
using CollectiveImpact.Graph.Api.Services.Analyses;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;

public sealed class StructuralHolesParametersType : ObjectGraphType<StructuralHolesAnalysis>
{
    public StructuralHolesParametersType()
    {
        Name = "StructuralHolesParameters";
        Description = "The parameters the structural-holes measures ran with.";
        Field(x => x.Projection, type: typeof(NonNullGraphType<ProjectionEnumType>)).Description("The projection.").Access(FieldAccess.Analysis);
        Field(x => x.Top, nullable: true).Description("How many of the ranking were asked for; null for all.").Access(FieldAccess.Analysis);
        Field(x => x.Weighted).Description("Whether edge weights were read as tie strengths.").Access(FieldAccess.Analysis);
    }
}
