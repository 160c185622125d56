using CollectiveImpact.Graph.Analytics.Agenda;
using CollectiveImpact.Graph.Analytics.Graphs;
using QuikGraph;
using QuikGraph.Algorithms;

namespace CollectiveImpact.Graph.Analytics.Reinforcement;

/// <summary>
/// Finds the <see cref="Pipeline"/>s of the FEEDS_INTO graph induced on a set of activities: weakly connected
/// components with at least one tie, each ordered along its condensation (its strongly connected components, the
/// FEEDS_INTO cycles, each one stage). The components come from QuikGraph (its weakly connected components and
/// Tarjan's strongly connected components, iterative, over <see cref="QuikGraphAdapter"/>'s kind of graph); the
/// order of the stages is ours. O(A + F log F) for A activities and F ties.
/// </summary>
internal static class PipelineFinder
{
    // Stages in pipeline order: among the stages free to go first, the one whose first activity has the smallest id.
    private static readonly Comparer<(string FirstMember, int Stage)> ByFirstMember =
        Comparer<(string FirstMember, int Stage)>.Create((a, b) => string.CompareOrdinal(a.FirstMember, b.FirstMember));

    public static IReadOnlyList<Pipeline> Find(IReadOnlyCollection<string> activities, IEnumerable<(string From, string To)> feedsInto)
    {
        var graph = new BidirectionalGraph<string, SEdge<string>>(allowParallelEdges: false);
        graph.AddVertexRange(activities.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        var flows = feedsInto
            .Where(f => graph.ContainsVertex(f.From) && graph.ContainsVertex(f.To))
            .Distinct()
            .OrderBy(f => f.From, StringComparer.Ordinal).ThenBy(f => f.To, StringComparer.Ordinal)
            .ToList();
        graph.AddEdgeRange(flows.Select(f => new SEdge<string>(f.From, f.To)));

        var stageOf = new Dictionary<string, int>(StringComparer.Ordinal);
        graph.StronglyConnectedComponents(stageOf);
        var pieceOf = new Dictionary<string, int>(StringComparer.Ordinal);
        graph.WeaklyConnectedComponents(pieceOf);

        // A pipeline is a piece with at least one flow; pipelines are listed by their smallest activity id.
        return flows.GroupBy(f => pieceOf[f.From])
            .Select(piece => piece.ToList())
            .OrderBy(piece => piece.SelectMany(f => new[] { f.From, f.To }).Min(StringComparer.Ordinal), StringComparer.Ordinal)
            .Select(piece => Build(piece, stageOf))
            .ToList();
    }

    private static Pipeline Build(List<(string From, string To)> flows, Dictionary<string, int> stageOf)
    {
        // Stages are the strongly connected components; QuikGraph's topological sorts do not let the smallest id go
        // first among the stages that are ready, so the condensation is ordered here (Kahn's algorithm).
        var stages = flows.SelectMany(f => new[] { f.From, f.To })
            .Distinct(StringComparer.Ordinal)
            .GroupBy(a => stageOf[a])
            .ToDictionary(g => g.Key, g => g.Order(StringComparer.Ordinal).ToList());
        var stageEdges = flows.Where(f => stageOf[f.From] != stageOf[f.To])
            .Select(f => (From: stageOf[f.From], To: stageOf[f.To])).Distinct().ToList();
        var inDegree = stages.Keys.ToDictionary(s => s, _ => 0);
        var stageSuccessors = stages.Keys.ToDictionary(s => s, _ => new List<int>());
        foreach (var (from, to) in stageEdges)
        {
            inDegree[to]++;
            stageSuccessors[from].Add(to);
        }

        var ready = new SortedSet<(string FirstMember, int Stage)>(
            stages.Where(s => inDegree[s.Key] == 0).Select(s => (s.Value[0], s.Key)), ByFirstMember);
        var order = new List<string>();
        while (ready.Count > 0)
        {
            var next = ready.Min;
            ready.Remove(next);
            order.AddRange(stages[next.Stage]);
            foreach (var successor in stageSuccessors[next.Stage])
            {
                if (--inDegree[successor] == 0)
                {
                    ready.Add((stages[successor][0], successor));
                }
            }
        }

        var feedsItself = flows.Where(f => f.From == f.To).Select(f => f.From).ToHashSet(StringComparer.Ordinal);
        var cycles = stages.Values
            .Where(s => s.Count > 1 || feedsItself.Contains(s[0]))
            .OrderBy(s => s[0], StringComparer.Ordinal)
            .Select(s => (IReadOnlyList<string>)s)
            .ToList();
        var isChain = cycles.Count == 0
            && flows.GroupBy(f => f.From).All(g => g.Count() == 1) && flows.GroupBy(f => f.To).All(g => g.Count() == 1);
        return new Pipeline(order, flows.Select(f => new ActivityFlow(f.From, f.To)).ToList(), cycles, isChain);
    }
}
