using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.Centrality;

/// <summary>
/// One worker's Brandes search and accumulation for unweighted betweenness, each vertex standing for ω of the original
/// ones (<see cref="BetweennessPendantFolding"/>; ω = 1 without folding). The hot loop of exact betweenness, kept apart
/// from <see cref="ShortestPathSearch"/> so it can use what only the unweighted case allows: integer hop distances
/// (a predecessor test is one integer compare), and the dependency pulled from the successors in one pass per node
/// instead of pushed to the predecessors, so each node's entry is written once.
/// </summary>
/// <remarks>
/// Exact betweenness now runs <see cref="BetweennessBatchedBrandes"/> (sixteen sources at a time); this one-source kernel
/// stays as the reference the batched one is tested against and timed beside (the benchmarks'
/// <c>--time-betweenness-kernels</c>).
/// Buffers are allocated once per worker and reset only where the last search reached. σ (the path counts) are
/// doubles, as NetworkX's: exact up to 2^53 shortest paths per pair, rounded (never overflowing) beyond.
/// </remarks>
internal sealed class BetweennessUnweightedBrandes
{
    private readonly UndirectedGraph graph;
    private readonly double[] omega;
    private readonly int[] distance;
    private readonly double[] sigma;
    private readonly double[] share;
    private readonly int[] order;

    public BetweennessUnweightedBrandes(UndirectedGraph graph, double[] omega)
    {
        this.graph = graph;
        this.omega = omega;
        var n = graph.NodeCount;
        distance = new int[n];
        sigma = new double[n];
        share = new double[n];
        order = new int[n];
        Array.Fill(distance, -1);
    }

    /// <summary>Adds, for every node v ≠ source, ω(source) · δ(source | v) to <paramref name="total"/>.</summary>
    public void Accumulate(int source, double[] total)
    {
        var reached = Search(source);

        // Backwards in order of distance. share[w] = (ω(w) + δ(w)) / σ(w), so δ(v) = σ(v) · Σ share[w] over the
        // successors w of v (neighbours one hop further), all of which come later in the order.
        var sourceWeight = omega[source];
        for (var i = reached - 1; i > 0; i--)
        {
            var v = order[i];
            var further = distance[v] + 1;
            var sum = 0.0;
            foreach (var w in graph.Neighbors(v))
            {
                if (distance[w] == further)
                {
                    sum += share[w];
                }
            }

            var dependency = sigma[v] * sum;
            total[v] += sourceWeight * dependency;
            share[v] = (omega[v] + dependency) / sigma[v];
        }

        for (var i = 0; i < reached; i++)
        {
            var v = order[i];
            distance[v] = -1;
            sigma[v] = 0.0;
            share[v] = 0.0;
        }
    }

    /// <summary>Breadth-first search counting shortest paths; returns how many nodes it reached (in <see cref="order"/>).</summary>
    private int Search(int source)
    {
        distance[source] = 0;
        sigma[source] = 1.0;
        order[0] = source;
        var reached = 1;
        for (var head = 0; head < reached; head++)
        {
            var v = order[head];
            var next = distance[v] + 1;
            var paths = sigma[v];
            foreach (var w in graph.Neighbors(v))
            {
                var d = distance[w];
                if (d < 0)
                {
                    distance[w] = next;
                    sigma[w] = paths;
                    order[reached++] = w;
                }
                else if (d == next)
                {
                    sigma[w] += paths;
                }
            }
        }

        return reached;
    }
}
