using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Types.Enums;
using CollectiveImpact.Graph.Api.Services.Analyses;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;

public sealed class OverlapsParametersType : ObjectGraphType<OverlapsAnalysis>
{
    public OverlapsParametersType()
    {
        Name = "OverlapsParameters";
        Description = "The parameters an overlap analysis ran with.";
        Field(x => x.MinSimilarity).Description("The least Jaccard similarity of the two activities' indicator sets.").Access(FieldAccess.Analysis);
        Field(x => x.Coordination, type: typeof(CoordinationEnumType)).Description("The status pairs were limited to; null for both.").Access(FieldAccess.Analysis);
    }
}
