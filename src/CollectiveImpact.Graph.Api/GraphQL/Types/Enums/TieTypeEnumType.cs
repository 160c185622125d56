using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Enums;

/// <summary>The typed ties between nodes; COLLABORATES and COMMUNICATES are undirected, the rest directed. Values in the network format's spelling (CONSTANT_CASE of the member names).</summary>
public sealed class TieTypeEnumType : EnumerationGraphType<Store.Domain.TieType>
{
    public TieTypeEnumType()
    {
        Name = "TieType";
        Description = "The typed ties between nodes; COLLABORATES and COMMUNICATES are undirected, the rest directed.";
    }
}
