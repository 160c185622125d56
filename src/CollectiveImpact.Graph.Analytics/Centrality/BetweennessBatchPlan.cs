using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.Centrality;

/// <summary>
/// Which sources the batched kernel (<see cref="BetweennessBatchedBrandes"/>) searches together: every vertex of the
/// folded core once, in batches of <see cref="BetweennessBatchedBrandes.Lanes"/>, vertices that share a hub side by
/// side.
/// </summary>
/// <remarks>
/// A vertex's hub is its highest-degree neighbour (the lowest index among equals), or itself when no neighbour has a
/// higher degree. In these networks a person's hub is their organization, and sources that share one are at the same
/// distance from almost every vertex beyond it, so a batch of them reaches each vertex at few distinct distances, and
/// the kernel scans a vertex once per distinct distance. Vertices are ordered by their hub's hub, then by hub, then by
/// index, so that groups under one larger hub (organizations around the same partner) follow each other, and cut into
/// consecutive batches. Scans per vertex and batch of sixteen on FULL-20000's core: 1.32 (0.082 per source), against
/// 1.46 ordered by hub alone, 1.54 by the whole chain of hubs, 1.77 for sixteen consecutive vertices of the
/// breadth-first order and 1.50 (0.19 per source) for eight; on FULL-1000 1.41, on ORGANIZATIONS-20000 1.61.
/// </remarks>
internal sealed class BetweennessBatchPlan
{
    private readonly int[] order;

    private BetweennessBatchPlan(int[] order) => this.order = order;

    /// <summary>How many batches cover every vertex.</summary>
    public int BatchCount => (order.Length + BetweennessBatchedBrandes.Lanes - 1) / BetweennessBatchedBrandes.Lanes;

    /// <summary>The sources of batch <paramref name="batch"/>, one per lane.</summary>
    public ReadOnlySpan<int> Batch(int batch)
    {
        var first = batch * BetweennessBatchedBrandes.Lanes;
        return order.AsSpan(first, Math.Min(BetweennessBatchedBrandes.Lanes, order.Length - first));
    }

    public static BetweennessBatchPlan ByHub(UndirectedGraph graph)
    {
        var n = graph.NodeCount;
        var hub = new int[n];
        var offsets = graph.AdjacencyOffsets;
        var targets = graph.AdjacencyTargets;
        for (var v = 0; v < n; v++)
        {
            var best = v;
            var bestDegree = graph.Degree(v);
            foreach (var w in targets[offsets[v]..offsets[v + 1]])
            {
                var degree = graph.Degree(w);
                if (degree > bestDegree || (degree == bestDegree && w < best))
                {
                    best = w;
                    bestDegree = degree;
                }
            }

            hub[v] = best;
        }

        var order = Enumerable.Range(0, n).ToArray();
        Array.Sort(order, (a, b) =>
        {
            var byHubOfHub = hub[hub[a]].CompareTo(hub[hub[b]]);
            if (byHubOfHub != 0)
            {
                return byHubOfHub;
            }

            var byHub = hub[a].CompareTo(hub[b]);
            return byHub != 0 ? byHub : a.CompareTo(b);
        });
        return new BetweennessBatchPlan(order);
    }
}
