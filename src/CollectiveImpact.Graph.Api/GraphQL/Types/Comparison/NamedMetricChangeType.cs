using CollectiveImpact.Graph.Analytics.Change;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Comparison;

public sealed class NamedMetricChangeType : ObjectGraphType<NamedMetricChange>
{
    public NamedMetricChangeType()
    {
        Name = "NamedMetricChange";
        Description = "One network metric of ORGANIZATIONS on both sides of a comparison.";
        Field(x => x.Name).Description("Its name (nodes, edges, density, components, largestComponent, diameter, averageShortestPath, transitivity, averageClustering, degreeCentralization, sectorAssortativity, sectorEIIndex, modularity, communities).").Access(FieldAccess.Analysis);
        Field(x => x.Description).Description("What it means, and which way is better where that is clear.").Access(FieldAccess.Analysis);
        Field(x => x.Before, nullable: true).Description("On the from side; null when undefined.").Access(FieldAccess.Analysis);
        Field(x => x.After, nullable: true).Description("On the to side; null when undefined.").Access(FieldAccess.Analysis);
        Field(x => x.Change, nullable: true).Description("After - before; null when either is undefined.").Access(FieldAccess.Analysis);
    }
}
