using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.Centrality;

/// <summary>
/// Degree-1 folding for exact betweenness (Baglioni, Geraci, Pellegrini and Lastres 2012): vertices of degree 1 are
/// removed again and again, each folded into its one neighbour, until none is left. What remains is the
/// <see cref="Core"/> (the 2-core of each component, or one root per component that is a tree); every removed vertex
/// hangs, through a chain of bridges, off exactly one core vertex.
/// </summary>
/// <remarks>
/// <para>Each vertex x carries ω(x), the number of original vertices folded into it, itself included (its pendant
/// tree), and Σ ω(c)² over the vertices c folded directly into it. For a pair of vertices in different branches
/// around x (a branch is the tree of one child c, or everything outside x's tree), every shortest path crosses x,
/// because the edges of a pendant tree are bridges. So over ordered pairs x scores the tree term
/// (N − 1)² − Σ_c ω(c)² − (N − ω(x))², with N the size of x's component, and that is all of a removed vertex's score.
/// A core vertex also lies on shortest paths between the trees of two other core vertices a and b, which count
/// ω(a) ω(b) times the core's share σ_ab(x) / σ_ab: Brandes' accumulation on the core with ω as the weight of each
/// source and each target. A pendant tree's paths are unique whatever the edge lengths, so the folding is exact for
/// weighted graphs too, up to how NetworkX rounds sums of fractional lengths (see <see cref="IsExact"/>).</para>
/// <para>The core is relabelled in breadth-first order from its highest-degree vertex so that the searches touch
/// nearby memory.</para>
/// <para><b>Complexity.</b> O(n + m) time and memory.</para>
/// <para><b>References.</b> Baglioni, M., Geraci, F., Pellegrini, M. and Lastres, E., "Fast exact computation of
/// betweenness centrality in social networks", ASONAM 2012, 450–456. doi:10.1109/ASONAM.2012.79.</para>
/// </remarks>
internal sealed class BetweennessPendantFolding
{
    private BetweennessPendantFolding(UndirectedGraph core, int[] coreToOriginal, double[] coreWeight, double[] treeTerm)
    {
        Core = core;
        CoreToOriginal = coreToOriginal;
        CoreWeight = coreWeight;
        TreeTerm = treeTerm;
    }

    /// <summary>The graph left after folding, relabelled; its weights are the original edge lengths.</summary>
    public UndirectedGraph Core { get; }

    /// <summary>The original index of each core vertex.</summary>
    public int[] CoreToOriginal { get; }

    /// <summary>ω of each core vertex (indexed as <see cref="Core"/>): its pendant tree's size, itself included.</summary>
    public double[] CoreWeight { get; }

    /// <summary>Each original vertex's score over ordered pairs from its branches alone (the tree term).</summary>
    public double[] TreeTerm { get; }

    /// <summary>
    /// Whether folding gives exactly NetworkX's scores. Unweighted, always. Weighted, only when every edge length is a
    /// whole number and the lengths sum to at most 2^53: then every path length is computed exactly whatever the order
    /// of the additions. With fractional lengths NetworkX compares sums accumulated from each source, so two paths of
    /// equal length can differ in the last bit from one source and not from another; folding, which never searches from
    /// a pendant vertex, could not reproduce those ties, so such graphs run plain Brandes.
    /// </summary>
    public static bool IsExact(UndirectedGraph graph, bool weighted)
    {
        if (!weighted)
        {
            return true;
        }

        var total = 0.0;
        foreach (var edge in graph.Edges)
        {
            if (edge.Weight != Math.Floor(edge.Weight))
            {
                return false;
            }

            total += edge.Weight;
        }

        return total <= 9007199254740992.0;
    }

    public static BetweennessPendantFolding Fold(UndirectedGraph graph)
    {
        var n = graph.NodeCount;
        var degree = new int[n];
        var weight = new double[n];
        var childSquares = new double[n];
        var removed = new bool[n];
        var parent = new int[n];
        var queue = new int[n];
        int head = 0, tail = 0;
        for (var v = 0; v < n; v++)
        {
            degree[v] = graph.Degree(v);
            weight[v] = 1.0;
            parent[v] = -1;
            if (degree[v] == 1)
            {
                queue[tail++] = v;
            }
        }

        // Peel leaves. A leaf's last live neighbour is its parent; a pair of adjacent leaves (a component of two,
        // or the last two of a tree) keeps the second as the root, which then has degree 0 and is not queued.
        while (head < tail)
        {
            var u = queue[head++];
            if (degree[u] != 1)
            {
                continue;
            }

            var p = -1;
            foreach (var w in graph.Neighbors(u))
            {
                if (!removed[w])
                {
                    p = w;
                    break;
                }
            }

            removed[u] = true;
            degree[u] = 0;
            parent[u] = p;
            weight[p] += weight[u];
            childSquares[p] += weight[u] * weight[u];
            if (--degree[p] == 1)
            {
                queue[tail++] = p;
            }
        }

        var componentSize = ComponentSizes(graph, removed, parent, weight);
        var treeTerm = new double[n];
        for (var v = 0; v < n; v++)
        {
            var size = componentSize[v];
            var outside = size - weight[v];
            treeTerm[v] = ((size - 1.0) * (size - 1.0)) - childSquares[v] - (outside * outside);
        }

        var (core, coreToOriginal) = BuildCore(graph, removed);
        var coreWeight = new double[coreToOriginal.Length];
        for (var i = 0; i < coreToOriginal.Length; i++)
        {
            coreWeight[i] = weight[coreToOriginal[i]];
        }

        return new BetweennessPendantFolding(core, coreToOriginal, coreWeight, treeTerm);
    }

    /// <summary>
    /// N for every vertex: the number of original vertices in its component, the sum of ω over the component's core
    /// vertices (a removed vertex's component is its root's).
    /// </summary>
    private static double[] ComponentSizes(UndirectedGraph graph, bool[] removed, int[] parent, double[] weight)
    {
        var n = graph.NodeCount;
        var component = new int[n];
        Array.Fill(component, -1);
        var sizes = new List<double>();
        var stack = new Stack<int>();
        for (var start = 0; start < n; start++)
        {
            if (removed[start] || component[start] >= 0)
            {
                continue;
            }

            var id = sizes.Count;
            var size = 0.0;
            component[start] = id;
            stack.Push(start);
            while (stack.TryPop(out var v))
            {
                size += weight[v];
                foreach (var w in graph.Neighbors(v))
                {
                    if (!removed[w] && component[w] < 0)
                    {
                        component[w] = id;
                        stack.Push(w);
                    }
                }
            }

            sizes.Add(size);
        }

        var result = new double[n];
        for (var v = 0; v < n; v++)
        {
            result[v] = sizes[Root(v)];
        }

        return result;

        int Root(int v)
        {
            // Parents were set in removal order, so following them ends at a core vertex; memoize on the way back.
            var r = v;
            while (removed[r])
            {
                r = parent[r];
            }

            while (removed[v])
            {
                var next = parent[v];
                component[v] = component[r];
                parent[v] = r;
                v = next;
            }

            return component[r];
        }
    }

    private static (UndirectedGraph Core, int[] CoreToOriginal) BuildCore(UndirectedGraph graph, bool[] removed)
    {
        var n = graph.NodeCount;
        var originalToCore = new int[n];
        Array.Fill(originalToCore, -1);
        var coreToOriginal = new List<int>();

        // Breadth-first from the highest-degree remaining vertex of each component, so neighbours sit close in memory.
        var starts = Enumerable.Range(0, n).Where(v => !removed[v]).OrderByDescending(graph.Degree).ThenBy(v => v).ToArray();
        foreach (var start in starts)
        {
            if (originalToCore[start] >= 0)
            {
                continue;
            }

            var first = coreToOriginal.Count;
            originalToCore[start] = first;
            coreToOriginal.Add(start);
            for (var head = first; head < coreToOriginal.Count; head++)
            {
                foreach (var w in graph.Neighbors(coreToOriginal[head]))
                {
                    if (!removed[w] && originalToCore[w] < 0)
                    {
                        originalToCore[w] = coreToOriginal.Count;
                        coreToOriginal.Add(w);
                    }
                }
            }
        }

        var ids = coreToOriginal.Select(v => graph.NodeIds[v]).ToArray();
        var edges = new List<WeightedEdge>();
        foreach (var (u, v, w) in graph.Edges)
        {
            if (!removed[u] && !removed[v])
            {
                edges.Add(new WeightedEdge(originalToCore[u], originalToCore[v], w));
            }
        }

        return (UndirectedGraph.Create(ids, edges), coreToOriginal.ToArray());
    }
}
