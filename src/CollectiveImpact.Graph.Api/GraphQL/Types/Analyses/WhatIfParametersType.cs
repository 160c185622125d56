using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.Services.Analyses;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;

public sealed class WhatIfParametersType : ObjectGraphType<WhatIfAnalysis>
{
    public WhatIfParametersType()
    {
        Name = "WhatIfParameters";
        Description = "The parameters the what-if ran with.";
        Field(x => x.Top).Description("How many of the best brokerage recommendations were applied.").Access(FieldAccess.Analysis);
        Field(x => x.Seed).Description("The seed of the brokerage recommendations' communities.").Access(FieldAccess.Analysis);
    }
}
