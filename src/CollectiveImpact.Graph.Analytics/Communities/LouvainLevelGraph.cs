using CollectiveImpact.Graph.Analytics.Execution;
using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.Communities;

/// <summary>
/// One level of the Louvain method: a weighted graph whose nodes are the previous level's communities (the input graph
/// at level 0), in flat arrays — adjacency without self-loops, each node's self-loop weight (the weight inside the
/// community it stands for) and weighted degree (self-loops counted twice, as NetworkX counts them).
/// </summary>
internal sealed class LouvainLevelGraph
{
    private readonly int[] offsets;
    private readonly int[] targets;
    private readonly double[] weights;
    private readonly double[] selfLoops;
    private readonly double[] degrees;

    private LouvainLevelGraph(int[] offsets, int[] targets, double[] weights, double[] selfLoops, double[] degrees)
    {
        this.offsets = offsets;
        this.targets = targets;
        this.weights = weights;
        this.selfLoops = selfLoops;
        this.degrees = degrees;
    }

    public int NodeCount => degrees.Length;

    public static LouvainLevelGraph From(UndirectedGraph graph)
    {
        var n = graph.NodeCount;
        var offsets = new int[n + 1];
        for (var u = 0; u < n; u++)
        {
            offsets[u + 1] = offsets[u] + graph.Degree(u);
        }

        var targets = new int[offsets[n]];
        var weights = new double[offsets[n]];
        var degrees = new double[n];
        for (var u = 0; u < n; u++)
        {
            graph.Neighbors(u).CopyTo(targets.AsSpan(offsets[u]));
            var neighborWeights = graph.NeighborWeights(u);
            neighborWeights.CopyTo(weights.AsSpan(offsets[u]));
            foreach (var w in neighborWeights)
            {
                degrees[u] += w;
            }
        }

        return new LouvainLevelGraph(offsets, targets, weights, new double[n], degrees);
    }

    /// <summary>
    /// The local moving phase (NetworkX's <c>_one_level</c>): visit the nodes in a random order, move each to the
    /// neighbouring community with the largest positive modularity gain, and sweep again until a sweep moves nothing.
    /// Returns each node's community, numbered 0..count−1 in the order of the node that started it, as NetworkX keeps
    /// its non-empty communities. Looks at <paramref name="cancellationToken"/> every 1,024 node visits.
    /// </summary>
    public (int[] Community, int Count, bool Improved) MoveNodes(
        double totalWeight, double resolution, Random random, int maxSweeps, CancellationToken cancellationToken)
    {
        var n = NodeCount;
        var community = new int[n];
        var communityDegree = new double[n];
        for (var u = 0; u < n; u++)
        {
            community[u] = u;
            communityDegree[u] = degrees[u];
        }

        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }

        // Fisher–Yates from the end, as Python's random.shuffle does it (with .NET's generator, not Python's).
        for (var i = n - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }

        var weightTo = new double[n];
        var stamp = new int[n];
        var touched = new int[n];
        var visit = 0;
        var m = totalWeight;
        var twoMSquared = 2 * m * m;
        var improved = false;
        var moves = 1;
        for (var sweep = 0; moves > 0 && sweep < maxSweeps; sweep++)
        {
            moves = 0;
            foreach (var u in order)
            {
                Checkpoint.Every(visit, cancellationToken);
                visit++;
                var touchedCount = 0;
                for (var k = offsets[u]; k < offsets[u + 1]; k++)
                {
                    var c = community[targets[k]];
                    if (stamp[c] != visit)
                    {
                        stamp[c] = visit;
                        weightTo[c] = 0;
                        touched[touchedCount++] = c;
                    }

                    weightTo[c] += weights[k];
                }

                var own = community[u];
                var degree = degrees[u];
                communityDegree[own] -= degree;
                // NetworkX's gain of moving to c is removeCost + Join(c), with removeCost = −Join(own) once u has left
                // its community. Comparing Join(c) with Join(own) is the same test, but two communities u relates to
                // identically give bit-identical values: no zero-gain move from rounding, so no endless back-and-forth.
                var weightToOwn = stamp[own] == visit ? weightTo[own] : 0.0;
                var best = own;
                var bestJoin = weightToOwn / m - resolution * communityDegree[own] * degree / twoMSquared;
                for (var t = 0; t < touchedCount; t++)
                {
                    var c = touched[t];
                    var join = weightTo[c] / m - resolution * communityDegree[c] * degree / twoMSquared;
                    if (join > bestJoin)
                    {
                        bestJoin = join;
                        best = c;
                    }
                }

                communityDegree[best] += degree;
                if (best != own)
                {
                    community[u] = best;
                    improved = true;
                    moves++;
                }
            }
        }

        var renumber = new int[n];
        Array.Fill(renumber, -1);
        foreach (var c in community)
        {
            renumber[c] = 0;
        }

        var count = 0;
        for (var c = 0; c < n; c++)
        {
            if (renumber[c] == 0)
            {
                renumber[c] = count++;
            }
        }

        for (var u = 0; u < n; u++)
        {
            community[u] = renumber[community[u]];
        }

        return (community, count, improved);
    }

    /// <summary>The modularity of <paramref name="community"/> on this level's graph (= of the partition it stands for on the input graph).</summary>
    public double ModularityOf(int[] community, int count, double totalWeight, double resolution)
    {
        var inside = new double[count];
        var degreeSum = new double[count];
        for (var u = 0; u < NodeCount; u++)
        {
            var c = community[u];
            degreeSum[c] += degrees[u];
            inside[c] += selfLoops[u];
            for (var k = offsets[u]; k < offsets[u + 1]; k++)
            {
                if (community[targets[k]] == c)
                {
                    inside[c] += weights[k] / 2; // each edge is seen from both ends
                }
            }
        }

        return Modularity.FromSums(inside, degreeSum, totalWeight, resolution);
    }

    /// <summary>
    /// The next level (NetworkX's <c>_gen_graph</c>): one node per community, weights between communities summed. Looks at
    /// <paramref name="cancellationToken"/> every 1,024 communities.
    /// </summary>
    public LouvainLevelGraph Aggregate(int[] community, int count, CancellationToken cancellationToken)
    {
        var memberStart = new int[count + 1];
        foreach (var c in community)
        {
            memberStart[c + 1]++;
        }

        for (var c = 0; c < count; c++)
        {
            memberStart[c + 1] += memberStart[c];
        }

        var members = new int[NodeCount];
        var next = memberStart[..^1].ToArray();
        for (var u = 0; u < NodeCount; u++)
        {
            members[next[community[u]]++] = u;
        }

        var newOffsets = new int[count + 1];
        var newTargets = new List<int>(targets.Length / 2);
        var newWeights = new List<double>(targets.Length / 2);
        var newSelfLoops = new double[count];
        var newDegrees = new double[count];
        var weightTo = new double[count];
        var stamp = new int[count];
        var touched = new List<int>();
        for (var c = 0; c < count; c++)
        {
            Checkpoint.Every(c, cancellationToken);
            touched.Clear();
            var inside = 0.0;
            for (var i = memberStart[c]; i < memberStart[c + 1]; i++)
            {
                var u = members[i];
                newSelfLoops[c] += selfLoops[u];
                newDegrees[c] += degrees[u];
                for (var k = offsets[u]; k < offsets[u + 1]; k++)
                {
                    var d = community[targets[k]];
                    if (d == c)
                    {
                        inside += weights[k];
                    }
                    else
                    {
                        if (stamp[d] != c + 1)
                        {
                            stamp[d] = c + 1;
                            weightTo[d] = 0;
                            touched.Add(d);
                        }

                        weightTo[d] += weights[k];
                    }
                }
            }

            newSelfLoops[c] += inside / 2; // each inside edge was seen from both ends
            touched.Sort();
            foreach (var d in touched)
            {
                newTargets.Add(d);
                newWeights.Add(weightTo[d]);
            }

            newOffsets[c + 1] = newTargets.Count;
        }

        return new LouvainLevelGraph(newOffsets, newTargets.ToArray(), newWeights.ToArray(), newSelfLoops, newDegrees);
    }
}
