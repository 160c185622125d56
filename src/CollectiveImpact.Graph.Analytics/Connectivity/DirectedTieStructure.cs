using CollectiveImpact.Graph.Analytics.Graphs;
using CollectiveImpact.Graph.Store.Domain;
using QuikGraph.Algorithms;

namespace CollectiveImpact.Graph.Analytics.Connectivity;

/// <summary>
/// The cycles and the topological order of the directed graph of one tie type: money that goes round (an
/// organization FUNDS one that, through others, funds it back), a FEEDS_INTO pipeline that feeds itself, referrals
/// that return. Matches NetworkX's <c>nx.strongly_connected_components(G)</c>, <c>nx.is_directed_acyclic_graph(G)</c>
/// and <c>nx.topological_sort(G)</c> on the tie type's <c>DiGraph</c> (a valid order, not necessarily the same one).
/// </summary>
/// <remarks>
/// <para><b>Definition.</b> The graph is <see cref="QuikGraphAdapter.ToQuikGraph(Network, TieType)"/>: every node
/// of a kind the type can join, one edge per tie, from → to. A strongly connected component is a maximal set of
/// nodes each reaching every other along the ties' directions; a cycle is such a component of two or more nodes, or
/// a node tied to itself. A topological order lists every node before all the nodes it reaches; it exists exactly
/// when there is no cycle.</para>
/// <para><b>Normalization.</b> None: components and orders.</para>
/// <para><b>Directed.</b> Directed only: the undirected types (COLLABORATES, COMMUNICATES) are rejected.
/// <b>Weighted.</b> Weights play no part.</para>
/// <para><b>Parameters.</b> <c>network</c>, taken as given (read it as of a date to leave ended ties out);
/// <c>type</c>, one of FUNDS, REFERS, SHARES_DATA, FEEDS_INTO.</para>
/// <para><b>Complexity.</b> O(n + m) for n nodes and m ties: QuikGraph's Tarjan strongly connected components and
/// its depth-first topological sort, both iterative (no recursion, so long chains do not exhaust the stack).
/// These graphs are small (ties of one type), so QuikGraph's dictionary-held graph costs little here.</para>
/// <para><b>References.</b> Tarjan, R., "Depth-first search and linear graph algorithms", SIAM Journal on Computing
/// 1(2), 146–160 (1972), doi:10.1137/0201010. Kahn, A. B., "Topological sorting of large networks",
/// Communications of the ACM 5(11), 558–562 (1962), doi:10.1145/368996.369025.</para>
/// <para>Not part of an analysis of the spec (analyses.md): FEEDS_INTO cycles are already reported per pipeline by
/// the reinforcement check; this measure is for library users, on any directed tie type.</para>
/// </remarks>
public static class DirectedTieStructure
{
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is undirected (COLLABORATES, COMMUNICATES).</exception>
    public static DirectedTieStructureResult Compute(Network network, TieType type)
    {
        var graph = network.ToQuikGraph(type);

        var componentOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var count = graph.StronglyConnectedComponents(componentOf);
        var cycles = componentOf
            .GroupBy(c => c.Value, c => c.Key)
            .Select(g => g.Order(StringComparer.Ordinal).ToList())
            .Where(members => members.Count > 1 || graph.ContainsEdge(members[0], members[0]))
            .OrderBy(members => members[0], StringComparer.Ordinal)
            .Select(members => (IReadOnlyList<string>)members)
            .ToList();
        var order = cycles.Count == 0 ? graph.TopologicalSort().ToList() : null;
        return new DirectedTieStructureResult(type, graph.VertexCount, graph.EdgeCount, count, cycles, order);
    }
}
