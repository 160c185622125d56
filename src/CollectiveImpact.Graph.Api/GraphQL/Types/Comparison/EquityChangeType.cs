using CollectiveImpact.Graph.Analytics.Change;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Comparison;

public sealed class EquityChangeType : ObjectGraphType<EquityChange>
{
    public EquityChangeType()
    {
        Name = "EquityChange";
        Description = "The equity lens's summary of one measure (its defaults) on both sides: do community-led organizations sit further at the edge than before?";
        Field(x => x.Measure).Description("The measure (Degree, Betweenness, Closeness, Eigenvector, Constraint, EffectiveSize).").Access(FieldAccess.Analysis);
        Field<NonNullGraphType<MetricChangeType>>("communityLedMean").Description("The mean over community-led organizations.").Resolve(c => c.Source.CommunityLedMean).Access(FieldAccess.Analysis);
        Field<NonNullGraphType<MetricChangeType>>("othersMean").Description("The mean over the other organizations.").Resolve(c => c.Source.OthersMean).Access(FieldAccess.Analysis);
        Field<NonNullGraphType<MetricChangeType>>("difference").Description("Community-led mean - others' mean: below zero, community-led organizations sit further at the edge (for Constraint, above zero). A rise means they moved toward the centre (for Constraint, away from it).").Resolve(c => c.Source.Difference).Access(FieldAccess.Analysis);
    }
}
