using CollectiveImpact.Graph.Store.Domain;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Enums;

/// <summary>The kinds of node that share the network's single id space. Values in the network format's spelling (CONSTANT_CASE of the member names).</summary>
public sealed class NodeKindEnumType : EnumerationGraphType<NodeKind>
{
    public NodeKindEnumType()
    {
        Name = "NodeKind";
        Description = "The kinds of node that share the network's single id space.";
    }
}
