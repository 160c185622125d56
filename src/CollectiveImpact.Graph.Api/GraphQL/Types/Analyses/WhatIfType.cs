using CollectiveImpact.Graph.Analytics.Brokerage;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Loaders;
using CollectiveImpact.Graph.Api.GraphQL.Pagination;
using CollectiveImpact.Graph.Api.Services.Analyses;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;

public sealed class WhatIfType : ObjectGraphType<AnalysisRun<WhatIfReport>>
{
    public WhatIfType()
    {
        Name = "WhatIf";
        Description = "The ORGANIZATIONS network with the best brokerage introductions made, computed without storing anything.";
        this.AddRunFields<WhatIfReport, WhatIfParametersType>();
        Field("components", x => x.Result.Components, type: typeof(NonNullGraphType<MetricChangeType>)).Description("Connected components of ORGANIZATIONS.").Access(FieldAccess.Analysis);
        Field("averageShortestPath", x => x.Result.AverageShortestPath, type: typeof(NonNullGraphType<MetricChangeType>))
            .Description("Average shortest path (steps) of the largest component.")
            .Access(FieldAccess.Analysis);
        Field("reinforcementIndex", x => x.Result.ReinforcementIndex, type: typeof(NonNullGraphType<MetricChangeType>))
            .Description("The initiative's reinforcement index (see reinforcement), with the new ties joining leads.")
            .Access(FieldAccess.Analysis);
        Connection<BrokerageRecommendationType>("introductions")
            .Description("The introductions applied, best first; paged.")
            .Resolve(context => Connections.FromList(context.Source.Result.Introductions, context.Page()))
            .Access(FieldAccess.Analysis);
    }
}
