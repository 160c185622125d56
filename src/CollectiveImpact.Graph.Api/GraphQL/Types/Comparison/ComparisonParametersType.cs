using CollectiveImpact.Graph.Analytics.Change;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Comparison;

public sealed class ComparisonParametersType : ObjectGraphType<ComparisonOptions>
{
    public ComparisonParametersType()
    {
        Name = "ComparisonParameters";
        Description = "The parameters the comparison ran with.";
        Field(x => x.Movers).Description("Risers and fallers listed per measure.").Access(FieldAccess.Analysis);
        Field(x => x.Seed).Description("The Louvain seed behind modularity and communities.").Access(FieldAccess.Analysis);
    }
}
