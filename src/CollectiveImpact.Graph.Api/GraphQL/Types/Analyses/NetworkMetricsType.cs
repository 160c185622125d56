using CollectiveImpact.Graph.Analytics.Structure;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.Services.Analyses;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;

public sealed class NetworkMetricsType : ObjectGraphType<AnalysisRun<NetworkMetricsResult>>
{
    public NetworkMetricsType()
    {
        Name = "NetworkMetrics";
        Description = "The shape of one projection as a whole (NetworkX 3.x definitions); null marks a value undefined for this graph.";
        this.AddRunFields<NetworkMetricsResult, NetworkMetricsParametersType>();
        this.AddJobField("averageShortestPath is null (the all-pairs part the job computes); every other metric, the exact diameter (iFUB) included, is computed in the request.");
        Field("nodes", x => x.Result.Nodes).Description("Number of nodes.").Access(FieldAccess.Analysis);
        Field("edges", x => x.Result.Edges).Description("Number of edges.").Access(FieldAccess.Analysis);
        Field("density", x => x.Result.Density).Description("Edges / possible edges, 2m / (n(n-1)) (nx.density; 0 below two nodes).").Access(FieldAccess.Analysis);
        Field("components", x => x.Result.ComponentCount).Description("Connected components, isolated nodes included.").Access(FieldAccess.Analysis);
        Field("largestComponentSize", x => x.Result.LargestComponentSize).Description("Nodes in the largest component.").Access(FieldAccess.Analysis);
        Field("diameter", x => x.Result.Diameter, nullable: true).Description("The longest shortest path in the largest component, in hops; null for an empty graph.").Access(FieldAccess.Analysis);
        Field("averageShortestPath", x => x.Result.AverageShortestPathLength, nullable: true)
            .Description("Mean shortest path length between node pairs of the largest component, in hops (nx.average_shortest_path_length); null for an empty graph.")
            .Access(FieldAccess.Analysis);
        Field("transitivity", x => x.Result.Transitivity).Description("Global clustering: 3 x triangles / connected triples (nx.transitivity).").Access(FieldAccess.Analysis);
        Field("averageClustering", x => x.Result.AverageClustering, nullable: true).Description("Mean local clustering, zeros counted (nx.average_clustering); null for an empty graph.").Access(FieldAccess.Analysis);
        Field("degreeCentralization", x => x.Result.DegreeCentralization, nullable: true)
            .Description("Freeman degree centralization: 0 when every node has the same degree, 1 for a star; null below three nodes.")
            .Access(FieldAccess.Analysis);
        Field("sectorAssortativity", x => x.Result.SectorAssortativity, nullable: true)
            .Description("Assortativity by sector (nx.attribute_assortativity_coefficient): above 0 ties stay within sectors, below 0 they cross; null when there is no contrast to measure (e.g. PEOPLE, which has no sectors).")
            .Access(FieldAccess.Analysis);
        Field("eiIndex", x => x.Result.EIIndex, type: typeof(NonNullGraphType<EIIndexType>)).Description("The E-I index by sector, whole network and per sector.").Access(FieldAccess.Analysis);
    }
}
