using CollectiveImpact.Graph.Api.Services.Analyses;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Inputs;

public sealed class CentralitySampleInputType : InputObjectGraphType<CentralitySample>
{
    public CentralitySampleInputType()
    {
        Name = "CentralitySampleInput";
        Description = "Sampled (approximate) betweenness for large graphs: estimate from `size` source nodes drawn with `seed` (NetworkX's k and seed).";
        Field(x => x.Size).Description("How many source nodes, from 1 to the projection's node count.");
        Field(x => x.Seed, nullable: true).DefaultValue(0).Description("Seeds the draw: the same seed, graph and size always pick the same sources (default 0).");
    }
}
