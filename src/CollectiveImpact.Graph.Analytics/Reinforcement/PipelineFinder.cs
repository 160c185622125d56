using CollectiveImpact.Graph.Analytics.Agenda;

namespace CollectiveImpact.Graph.Analytics.Reinforcement;

/// <summary>
/// Finds the <see cref="Pipeline"/>s of the FEEDS_INTO graph induced on a set of activities: weakly connected
/// components with at least one tie, each ordered along its condensation (Tarjan's strongly connected components).
/// O(A + F log F) for A activities and F ties.
/// </summary>
internal static class PipelineFinder
{
    public static IReadOnlyList<Pipeline> Find(IReadOnlyCollection<string> activities, IEnumerable<(string From, string To)> feedsInto)
    {
        var nodes = activities.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var indexOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < nodes.Length; i++)
        {
            indexOf[nodes[i]] = i;
        }

        var flows = feedsInto
            .Where(f => indexOf.ContainsKey(f.From) && indexOf.ContainsKey(f.To))
            .Distinct()
            .OrderBy(f => f.From, StringComparer.Ordinal).ThenBy(f => f.To, StringComparer.Ordinal)
            .ToList();
        var successors = nodes.Select(_ => new List<int>()).ToArray();
        var parent = Enumerable.Range(0, nodes.Length).ToArray();
        foreach (var (from, to) in flows)
        {
            successors[indexOf[from]].Add(indexOf[to]);
            Union(parent, indexOf[from], indexOf[to]);
        }

        var component = Tarjan(successors);
        var pipelines = new List<Pipeline>();
        foreach (var piece in flows.GroupBy(f => Find(parent, indexOf[f.From])).OrderBy(g => g.Key))
        {
            var pieceFlows = piece.ToList();
            var members = pieceFlows.SelectMany(f => new[] { indexOf[f.From], indexOf[f.To] }).Distinct().ToList();
            pipelines.Add(Build(nodes, members, pieceFlows.Select(f => (indexOf[f.From], indexOf[f.To])).ToList(), component));
        }

        return pipelines;
    }

    private static Pipeline Build(string[] nodes, List<int> members, List<(int From, int To)> flows, int[] component)
    {
        // Stages are the strongly connected components; order them topologically, smallest id first among ready ones.
        var stages = members.GroupBy(m => component[m])
            .ToDictionary(g => g.Key, g => g.OrderBy(m => m).ToList());
        var stageEdges = flows.Where(f => component[f.From] != component[f.To])
            .Select(f => (From: component[f.From], To: component[f.To])).Distinct().ToList();
        var inDegree = stages.Keys.ToDictionary(s => s, _ => 0);
        var stageSuccessors = stages.Keys.ToDictionary(s => s, _ => new List<int>());
        foreach (var (from, to) in stageEdges)
        {
            inDegree[to]++;
            stageSuccessors[from].Add(to);
        }

        var ready = new SortedSet<(int FirstMember, int Stage)>(stages.Where(s => inDegree[s.Key] == 0).Select(s => (s.Value[0], s.Key)));
        var order = new List<string>();
        while (ready.Count > 0)
        {
            var next = ready.Min;
            ready.Remove(next);
            order.AddRange(stages[next.Stage].Select(m => nodes[m]));
            foreach (var successor in stageSuccessors[next.Stage])
            {
                if (--inDegree[successor] == 0)
                {
                    ready.Add((stages[successor][0], successor));
                }
            }
        }

        var cycles = stages.Values
            .Where(s => s.Count > 1 || flows.Contains((s[0], s[0])))
            .Select(s => (IReadOnlyList<string>)s.Select(m => nodes[m]).ToList())
            .OrderBy(s => s[0], StringComparer.Ordinal)
            .ToList();
        var isChain = cycles.Count == 0
            && flows.GroupBy(f => f.From).All(g => g.Count() == 1) && flows.GroupBy(f => f.To).All(g => g.Count() == 1);
        return new Pipeline(order, flows.Select(f => new ActivityFlow(nodes[f.From], nodes[f.To])).ToList(), cycles, isChain);
    }

    private static int Find(int[] parent, int x)
    {
        while (parent[x] != x)
        {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }

        return x;
    }

    private static void Union(int[] parent, int a, int b)
    {
        var (ra, rb) = (Find(parent, a), Find(parent, b));
        if (ra != rb)
        {
            // Keep the smaller index as the root, so pieces are numbered by their first activity id.
            parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }

    /// <summary>Tarjan's strongly connected components, iteratively; returns each node's component number.</summary>
    private static int[] Tarjan(List<int>[] successors)
    {
        var n = successors.Length;
        var index = new int[n];
        var low = new int[n];
        var component = new int[n];
        var onStack = new bool[n];
        Array.Fill(index, -1);
        var stack = new Stack<int>();
        var counter = 0;
        var components = 0;
        var work = new Stack<(int Node, int Next)>();
        for (var root = 0; root < n; root++)
        {
            if (index[root] >= 0)
            {
                continue;
            }

            work.Push((root, 0));
            while (work.Count > 0)
            {
                var (v, next) = work.Pop();
                if (next == 0)
                {
                    index[v] = low[v] = counter++;
                    stack.Push(v);
                    onStack[v] = true;
                }
                else
                {
                    var child = successors[v][next - 1];
                    low[v] = Math.Min(low[v], low[child]);
                }

                var descended = false;
                for (var i = next; i < successors[v].Count; i++)
                {
                    var w = successors[v][i];
                    if (index[w] < 0)
                    {
                        work.Push((v, i + 1));
                        work.Push((w, 0));
                        descended = true;
                        break;
                    }

                    if (onStack[w])
                    {
                        low[v] = Math.Min(low[v], index[w]);
                    }
                }

                if (descended || low[v] != index[v])
                {
                    continue;
                }

                int member;
                do
                {
                    member = stack.Pop();
                    onStack[member] = false;
                    component[member] = components;
                }
                while (member != v);
                components++;
            }
        }

        return component;
    }
}
