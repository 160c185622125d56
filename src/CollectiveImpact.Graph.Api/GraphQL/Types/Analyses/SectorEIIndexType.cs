using CollectiveImpact.Graph.Analytics.Structure;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Types.Enums;
using CollectiveImpact.Graph.Store.Domain;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;

public sealed class SectorEIIndexType : ObjectGraphType<SectorEIIndex>
{
    public SectorEIIndexType()
    {
        Name = "SectorEIIndex";
        Description = "One sector's E-I index: how much its nodes' ties reach out of the sector (1) rather than stay in it (-1).";
        Field<NonNullGraphType<SectorEnumType>>("sector").Description("The sector.").Resolve(context => Enum.Parse<Sector>(context.Source.Sector)).Access(FieldAccess.Analysis);
        Field(x => x.Nodes).Description("Its nodes in the projection.").Access(FieldAccess.Analysis);
        Field(x => x.External).Description("Ties from its nodes to nodes of another (known) sector.").Access(FieldAccess.Analysis);
        Field(x => x.Internal).Description("Ties among its own nodes.").Access(FieldAccess.Analysis);
        Field(x => x.Index, nullable: true).Description("(external - internal) / (external + internal); null when it has no tie to a node of known sector.").Access(FieldAccess.Analysis);
    }
}
