namespace CollectiveImpact.Graph.Analytics.Graphs;

/// <summary>
/// One score per node of <see cref="Graph"/>, by node index: what every per-node measure returns.
/// <see cref="double.NaN"/> marks a node the measure does not define a score for (NetworkX's <c>nan</c>,
/// e.g. Burt's constraint of an isolate).
/// </summary>
public sealed class NodeScores
{
    public NodeScores(UndirectedGraph graph, double[] values)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != graph.NodeCount)
        {
            throw new ArgumentException($"Expected {graph.NodeCount} scores, got {values.Length}.", nameof(values));
        }

        Graph = graph;
        Values = values;
    }

    public UndirectedGraph Graph { get; }

    public IReadOnlyList<double> Values { get; }

    public double this[string id] => Values[Graph.IndexOf(id)];

    /// <summary>
    /// The nodes ranked by descending score (ties broken by node id, ordinal, so the order is deterministic),
    /// undefined scores last; at most <paramref name="top"/> of them when given. Equal scores share a rank
    /// (competition ranking: 1, 2, 2, 4).
    /// </summary>
    public IReadOnlyList<RankedNode> Ranked(int? top = null)
    {
        if (top is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(top), top, "top must be zero or more.");
        }

        var order = Enumerable.Range(0, Graph.NodeCount)
            .OrderBy(i => double.IsNaN(Values[i]) ? 1 : 0)
            .ThenByDescending(i => double.IsNaN(Values[i]) ? 0 : Values[i])
            .ThenBy(i => Graph.NodeIds[i], StringComparer.Ordinal)
            .ToArray();
        var ranked = new List<RankedNode>(Math.Min(order.Length, top ?? order.Length));
        for (var position = 0; position < order.Length && (top is null || position < top); position++)
        {
            var node = order[position];
            var rank = position > 0 && Values[order[position - 1]].Equals(Values[node])
                ? ranked[position - 1].Rank
                : position + 1;
            ranked.Add(new RankedNode(Graph.NodeIds[node], Values[node], rank));
        }

        return ranked;
    }
}
