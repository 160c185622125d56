using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.Centrality;

/// <summary>
/// The adjacency matrix of one connected component in compressed sparse row form, renumbered 0..size-1 in the order of
/// its members, so the eigensolver's vectors are as long as the component and a product reads consecutive memory.
/// </summary>
internal sealed class ComponentMatrix
{
    private readonly int[] offsets;
    private readonly int[] targets;
    private readonly double[]? weights;

    /// <param name="graph">The graph.</param>
    /// <param name="members">The component's node indices.</param>
    /// <param name="localIndex">Scratch of the graph's size; on return holds each member's local index.</param>
    /// <param name="weighted">Entries are the edge weights (true) or 1.</param>
    public ComponentMatrix(UndirectedGraph graph, ReadOnlySpan<int> members, int[] localIndex, bool weighted)
    {
        Size = members.Length;
        offsets = new int[Size + 1];
        for (var i = 0; i < members.Length; i++)
        {
            localIndex[members[i]] = i;
            offsets[i + 1] = offsets[i] + graph.Degree(members[i]);
        }

        targets = new int[offsets[Size]];
        weights = weighted ? new double[offsets[Size]] : null;
        for (var i = 0; i < members.Length; i++)
        {
            var neighbors = graph.Neighbors(members[i]);
            for (var j = 0; j < neighbors.Length; j++)
            {
                targets[offsets[i] + j] = localIndex[neighbors[j]];
            }

            if (weights is not null)
            {
                graph.NeighborWeights(members[i]).CopyTo(weights.AsSpan(offsets[i]));
            }
        }
    }

    public int Size { get; }

    /// <summary>The largest row sum (weighted degree): an upper bound on every eigenvalue's magnitude.</summary>
    public double MaxRowSum()
    {
        var max = 0.0;
        for (var i = 0; i < Size; i++)
        {
            max = Math.Max(max, RowSum(i));
        }

        return max;
    }

    /// <summary>Row <paramref name="row"/>'s sum: the node's degree, or its strength when weighted.</summary>
    public double RowSum(int row)
    {
        if (weights is null)
        {
            return offsets[row + 1] - offsets[row];
        }

        var sum = 0.0;
        for (var k = offsets[row]; k < offsets[row + 1]; k++)
        {
            sum += weights[k];
        }

        return sum;
    }

    /// <summary>y ← A x.</summary>
    public void Multiply(ReadOnlySpan<double> x, Span<double> y)
    {
        for (var i = 0; i < Size; i++)
        {
            var sum = 0.0;
            if (weights is null)
            {
                for (var k = offsets[i]; k < offsets[i + 1]; k++)
                {
                    sum += x[targets[k]];
                }
            }
            else
            {
                for (var k = offsets[i]; k < offsets[i + 1]; k++)
                {
                    sum += weights[k] * x[targets[k]];
                }
            }

            y[i] = sum;
        }
    }
}
