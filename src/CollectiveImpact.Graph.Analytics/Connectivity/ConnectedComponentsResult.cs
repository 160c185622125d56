using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.Connectivity;

/// <summary>
/// The connected components of <see cref="Graph"/>. Components are numbered 0..<see cref="Count"/>-1 in the order of
/// their lowest node index (the order NetworkX's <c>connected_components</c> yields them for the same node order).
/// </summary>
public sealed class ConnectedComponentsResult
{
    private readonly int[] componentOf;
    private readonly int[] sizes;

    internal ConnectedComponentsResult(UndirectedGraph graph, int[] componentOf, int[] sizes)
    {
        Graph = graph;
        this.componentOf = componentOf;
        this.sizes = sizes;
        Largest = -1;
        for (var c = 0; c < sizes.Length; c++)
        {
            if (Largest < 0 || sizes[c] > sizes[Largest])
            {
                Largest = c;
            }
        }
    }

    public UndirectedGraph Graph { get; }

    /// <summary>How many components; an isolate is a component of its own, an empty graph has none.</summary>
    public int Count => sizes.Length;

    /// <summary>The component number of each node, by node index.</summary>
    public IReadOnlyList<int> ComponentOf => componentOf;

    /// <summary>The number of nodes in each component, by component number.</summary>
    public IReadOnlyList<int> Sizes => sizes;

    /// <summary>
    /// The largest component's number (the earliest one among equals, as NetworkX's <c>max(..., key=len)</c> picks),
    /// or -1 for an empty graph.
    /// </summary>
    public int Largest { get; }

    /// <summary>The size of the largest component; 0 for an empty graph.</summary>
    public int LargestSize => Largest < 0 ? 0 : sizes[Largest];

    /// <summary>The node indices of one component, ascending.</summary>
    public IReadOnlyList<int> Members(int component)
    {
        if (component < 0 || component >= Count)
        {
            throw new ArgumentOutOfRangeException(nameof(component), component, $"Components are numbered 0..{Count - 1}.");
        }

        var members = new List<int>(sizes[component]);
        for (var node = 0; node < componentOf.Length; node++)
        {
            if (componentOf[node] == component)
            {
                members.Add(node);
            }
        }

        return members;
    }
}
