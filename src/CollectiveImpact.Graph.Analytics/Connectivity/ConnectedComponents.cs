using CollectiveImpact.Graph.Analytics.Execution;
using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.Connectivity;

/// <summary>
/// Connected components: the maximal sets of nodes joined by paths. Matches NetworkX's
/// <c>nx.connected_components(G)</c> / <c>nx.number_connected_components(G)</c>.
/// </summary>
/// <remarks>
/// <para><b>Definition.</b> Two nodes are in the same component when a path joins them; an isolate is a component
/// of one. The number of components of an empty graph is 0.</para>
/// <para><b>Normalization.</b> None: counts and sizes.</para>
/// <para><b>Weighted.</b> Weights play no part.</para>
/// <para><b>Parameters.</b> <c>cancellationToken</c>, looked at every 1,024 nodes reached.</para>
/// <para><b>Complexity.</b> One breadth-first search over the compact adjacency: O(n + m) time, O(n) memory.
/// QuikGraph's <c>ConnectedComponentsAlgorithm</c> was measured against it and is not used: on a random graph of
/// 200,000 nodes and 600,000 edges (Release, best of 5, 2 shared cores) this BFS took 0.15 s, QuikGraph's algorithm
/// 10.2 s on a ready QuikGraph graph (a depth-first search over dictionary-held edge lists, raising events per
/// vertex and edge) plus 3.6 s to build that graph (with integer vertices; <see cref="QuikGraphAdapter"/>, which
/// library users can call to run QuikGraph on any projection, keys it by node id), for the same 502 components.</para>
/// <para><b>References.</b> Hopcroft, J. and Tarjan, R., "Algorithm 447: efficient algorithms for graph
/// manipulation", Communications of the ACM 16(6), 372–378 (1973), doi:10.1145/362248.362272.</para>
/// </remarks>
public static class ConnectedComponents
{
    public static ConnectedComponentsResult Compute(UndirectedGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var componentOf = new int[graph.NodeCount];
        Array.Fill(componentOf, -1);
        var sizes = new List<int>();
        var queue = new int[graph.NodeCount];
        for (var start = 0; start < graph.NodeCount; start++)
        {
            if (componentOf[start] >= 0)
            {
                continue;
            }

            var component = sizes.Count;
            componentOf[start] = component;
            queue[0] = start;
            var head = 0;
            var tail = 1;
            while (head < tail)
            {
                Checkpoint.Every(head, cancellationToken);
                foreach (var next in graph.Neighbors(queue[head++]))
                {
                    if (componentOf[next] < 0)
                    {
                        componentOf[next] = component;
                        queue[tail++] = next;
                    }
                }
            }

            sizes.Add(tail);
        }

        return new ConnectedComponentsResult(graph, componentOf, sizes.ToArray());
    }
}
