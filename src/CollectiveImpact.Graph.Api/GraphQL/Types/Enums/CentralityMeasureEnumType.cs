using CollectiveImpact.Graph.Analytics.Centrality;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Enums;

/// <summary>The per-node centrality measures, each matching a NetworkX 3.x function.</summary>
public sealed class CentralityMeasureEnumType : EnumerationGraphType<CentralityMeasure>
{
    public CentralityMeasureEnumType()
    {
        Name = "CentralityMeasure";
        Description = "A per-node centrality, as NetworkX 3.x computes it: DEGREE (nx.degree_centrality, or the raw degree when not normalized), WEIGHTED_DEGREE (sum of edge weights), BETWEENNESS (nx.betweenness_centrality), CLOSENESS (nx.closeness_centrality, Wasserman-Faust for disconnected graphs), HARMONIC (nx.harmonic_centrality), EIGENVECTOR (the principal eigenvector of the adjacency matrix: the limit of nx.eigenvector_centrality, as nx.eigenvector_centrality_numpy), PAGE_RANK (nx.pagerank, alpha 0.85).";
    }
}
