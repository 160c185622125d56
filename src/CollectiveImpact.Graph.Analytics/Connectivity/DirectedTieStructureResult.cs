using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Analytics.Connectivity;

/// <summary>The cycles and order of the directed graph of one tie type; see <see cref="DirectedTieStructure"/>.</summary>
/// <param name="Type">The tie type.</param>
/// <param name="NodeCount">Its vertices: every node of a kind the type can join.</param>
/// <param name="TieCount">Its ties.</param>
/// <param name="StronglyConnectedComponentCount">Its strongly connected components, single nodes included.</param>
/// <param name="Cycles">
/// The nodes of each cycle: every strongly connected component of two or more nodes, or one node tied to itself;
/// members by id, cycles by their first id.
/// </param>
/// <param name="TopologicalOrder">
/// Every node, each before all the nodes it reaches (QuikGraph's depth-first topological sort); null when there is
/// a cycle, as no such order exists then.
/// </param>
public sealed record DirectedTieStructureResult(
    TieType Type,
    int NodeCount,
    int TieCount,
    int StronglyConnectedComponentCount,
    IReadOnlyList<IReadOnlyList<string>> Cycles,
    IReadOnlyList<string>? TopologicalOrder)
{
    /// <summary>True when no cycle exists (a directed acyclic graph).</summary>
    public bool IsAcyclic => Cycles.Count == 0;
}
