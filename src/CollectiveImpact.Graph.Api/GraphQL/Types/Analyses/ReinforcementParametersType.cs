using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.Services.Analyses;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;

public sealed class ReinforcementParametersType : ObjectGraphType<ReinforcementAnalysis>
{
    public ReinforcementParametersType()
    {
        Name = "ReinforcementParameters";
        Description = "The parameters the reinforcement check ran with: it has none, so the same version always gives the same result.";
        Field<NonNullGraphType<StringGraphType>>("analysis").Description("The analysis's name, reinforcement.").Resolve(context => context.Source.Name).Access(FieldAccess.Analysis);
    }
}
