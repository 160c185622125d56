using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.Connectivity;

/// <summary>
/// The diameter of the largest connected component, exactly, by iFUB: a few breadth-first searches on real networks
/// instead of one from every node. Matches NetworkX's <c>nx.diameter(C)</c> (and <c>nx.diameter(C, usebounds=True)</c>)
/// on <c>C = G.subgraph(max(nx.connected_components(G), key=len))</c>, unweighted (hops).
/// </summary>
/// <remarks>
/// <para><b>Definition.</b> With <c>d(s, t)</c> the hop distance and <c>ecc(v) = max_t d(v, t)</c> a node's
/// eccentricity, the diameter is <c>D = max_v ecc(v)</c> over the component.</para>
/// <para><b>Method (iFUB, Crescenzi et al. 2013).</b> Pick a central node u by the 4-sweep heuristic (from the
/// highest-degree node r₁: a BFS to the farthest node a₁, a BFS from a₁ to the farthest b₁, r₂ the middle of that
/// a₁–b₁ path; the same again from r₂, and u the middle of the second path). Every BFS's eccentricity is a lower bound
/// L. Let F_i be the nodes at distance i from u. Any two nodes x, y at distance at most i − 1 from u are within
/// 2(i − 1) of each other, so a pair farther apart than 2(i − 1) has an end in F_i or beyond. Going down from
/// i = ecc(u): compute B_i = max over F_i of ecc(x) (one BFS each); set L = max(L, B_i); if L > 2(i − 1) then
/// D = L; else the upper bound becomes 2(i − 1). Stop when the upper bound meets L. Exact in every case. Within a
/// fringe, a node is skipped when its eccentricity cannot exceed L, by the bound ecc(x) ≤ ecc(s) + d(s, x) from every
/// search s run so far (Takes and Kosters' upper bound), and the fringe is searched from its highest-degree nodes
/// first, whose searches bound their many neighbours; both only skip searches that could not change the answer.</para>
/// <para><b>Normalization.</b> None: hops. Restricted to the largest component (ties to the component with the lowest
/// node index, as NetworkX's <c>max</c> picks); <c>null</c> for an empty graph (NetworkX raises), 0 for one node.</para>
/// <para><b>Weighted.</b> Not weighted: every edge is one hop (NetworkX's <c>weight=None</c>).</para>
/// <para><b>Complexity.</b> O(k · m) in the worst case (a cycle: every fringe must be searched), where k is the number
/// of BFS searches; on the benchmark graphs k is a handful (see benchmarks/README.md), so the cost is a few passes
/// over the edges, O(m), against O(n · m) for all pairs. Memory O(n). Cancellation is looked at before each BFS.</para>
/// <para><b>References.</b> Crescenzi, P., Grossi, R., Habib, M., Lanzi, L. and Marino, A., "On computing the diameter
/// of real-world undirected graphs", Theoretical Computer Science 514, 84–95, 2013. doi:10.1016/j.tcs.2012.09.018.
/// Takes, F. W. and Kosters, W. A., "Determining the diameter of small world networks", Proceedings of the 20th ACM
/// CIKM, 1191–1196, 2011. doi:10.1145/2063576.2063748 (NetworkX's <c>usebounds=True</c>). Magnien, C., Latapy, M. and
/// Habib, M., "Fast computation of empirically tight bounds for the diameter of massive graphs", ACM Journal of
/// Experimental Algorithmics 13, 2009. doi:10.1145/1412228.1455266 (the double sweep).</para>
/// </remarks>
public static class Diameter
{
    public static int? Compute(UndirectedGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return Compute(graph, ConnectedComponents.Compute(graph, cancellationToken), cancellationToken);
    }

    /// <summary>As <see cref="Compute(UndirectedGraph, CancellationToken)"/>, reusing components already computed for <paramref name="graph"/>.</summary>
    public static int? Compute(UndirectedGraph graph, ConnectedComponentsResult components, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(components);
        if (!ReferenceEquals(components.Graph, graph))
        {
            throw new ArgumentException("The components were computed for another graph.", nameof(components));
        }

        if (components.Largest < 0)
        {
            return null;
        }

        // The highest-degree node of the largest component (the lowest index among equals) starts the 4-sweep.
        var start = -1;
        for (var v = 0; v < graph.NodeCount; v++)
        {
            if (components.ComponentOf[v] == components.Largest && (start < 0 || graph.Degree(v) > graph.Degree(start)))
            {
                start = v;
            }
        }

        return new Search(graph).Diameter(start, cancellationToken);
    }

    /// <summary>Reused breadth-first search state: distances, parents and the visit order (by distance).</summary>
    private sealed class Search
    {
        private readonly UndirectedGraph graph;
        private readonly int[] distance;
        private readonly int[] parent;
        private readonly int[] queue;
        private readonly int[] upperOf;     // ecc(v) ≤ ecc(s) + d(s, v) for every source s searched so far
        private int visited;

        public Search(UndirectedGraph graph)
        {
            this.graph = graph;
            distance = new int[graph.NodeCount];
            parent = new int[graph.NodeCount];
            queue = new int[graph.NodeCount];
            upperOf = new int[graph.NodeCount];
            Array.Fill(distance, -1);
            Array.Fill(upperOf, int.MaxValue);
        }

        public int Diameter(int start, CancellationToken cancellationToken)
        {
            var lower = 0;
            var (a1, _) = Sweep(start, ref lower, cancellationToken);
            var (_, middle1) = Sweep(a1, ref lower, cancellationToken);
            var (a2, _) = Sweep(middle1, ref lower, cancellationToken);
            var (_, center) = Sweep(a2, ref lower, cancellationToken);

            var eccentricity = Run(center, cancellationToken);
            lower = Math.Max(lower, eccentricity);
            var order = queue.AsSpan(0, visited).ToArray();
            var levelOf = order.Select(v => distance[v]).ToArray();
            var upper = 2 * eccentricity;
            var end = order.Length;
            for (var i = eccentricity; upper > lower; i--)
            {
                var begin = end;
                while (begin > 0 && levelOf[begin - 1] == i)
                {
                    begin--;
                }

                // High degree first: a node's search caps its neighbours' eccentricities soonest.
                var fringe = order[begin..end];
                Array.Sort(fringe, (x, y) => graph.Degree(y).CompareTo(graph.Degree(x)));
                foreach (var x in fringe)
                {
                    if (upperOf[x] <= lower)
                    {
                        continue;   // ecc(x) ≤ lower already: it cannot raise B_i above what is known
                    }

                    lower = Math.Max(lower, Run(x, cancellationToken));
                }

                if (lower > 2 * (i - 1))
                {
                    return lower;
                }

                upper = 2 * (i - 1);
                end = begin;
            }

            return lower;
        }

        /// <summary>A BFS from <paramref name="source"/>: its farthest node (the last visited) and the middle of the path to it.</summary>
        private (int Farthest, int Middle) Sweep(int source, ref int lower, CancellationToken cancellationToken)
        {
            var eccentricity = Run(source, cancellationToken);
            lower = Math.Max(lower, eccentricity);
            var farthest = queue[visited - 1];
            var middle = farthest;
            for (var step = 0; step < eccentricity / 2; step++)
            {
                middle = parent[middle];
            }

            return (farthest, middle);
        }

        /// <summary>A BFS from <paramref name="source"/>; returns its eccentricity and leaves the visit order in the queue.</summary>
        private int Run(int source, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var k = 0; k < visited; k++)
            {
                distance[queue[k]] = -1;
            }

            distance[source] = 0;
            parent[source] = source;
            queue[0] = source;
            visited = 1;
            for (var head = 0; head < visited; head++)
            {
                var v = queue[head];
                var next = distance[v] + 1;
                foreach (var w in graph.Neighbors(v))
                {
                    if (distance[w] < 0)
                    {
                        distance[w] = next;
                        parent[w] = v;
                        queue[visited++] = w;
                    }
                }
            }

            var eccentricity = distance[queue[visited - 1]];
            for (var k = 0; k < visited; k++)
            {
                var v = queue[k];
                upperOf[v] = Math.Min(upperOf[v], eccentricity + distance[v]);
            }

            return eccentricity;
        }
    }
}
