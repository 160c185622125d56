using CollectiveImpact.Graph.Analytics.Brokerage;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;

public sealed class MetricChangeType : ObjectGraphType<MetricChange>
{
    public MetricChangeType()
    {
        Name = "MetricChange";
        Description = "A network-level number before and after: the introductions of whatIf, or the two sides of compare.";
        Field(x => x.Before, nullable: true).Description("Before (whatIf: as the network is; compare: the from side); null when undefined.").Access(FieldAccess.Analysis);
        Field(x => x.After, nullable: true).Description("After (whatIf: with the introductions made; compare: the to side); null when undefined.").Access(FieldAccess.Analysis);
        Field(x => x.Change, nullable: true).Description("After - before; null when either is undefined.").Access(FieldAccess.Analysis);
    }
}
