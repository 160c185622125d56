using CollectiveImpact.Graph.Analytics.Agenda;
using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Analytics.Reinforcement;

/// <summary>
/// The mutual reinforcement check (analyses.md §4): per goal, how many of the pairs of activities working toward it
/// are joined, and the FEEDS_INTO pipelines among them.
/// </summary>
/// <remarks>
/// <para><b>Definition.</b> "For each goal, the activities that contribute to it (through their indicators). A pair
/// of them with different lead organizations is reinforced when a FEEDS_INTO tie joins them or their lead
/// organizations are joined in the ORGANIZATIONS projection. Per goal: the reinforcement index (reinforced pairs /
/// all such pairs; null where there are none), the unreinforced pairs, and the FEEDS_INTO chains (pipelines) among
/// its activities. Plus one index for the whole initiative."</para>
/// <para><b>Initiative index.</b> Over the union of distinct pairs across goals: a pair of activities with different
/// leads that share several goals counts once (whether a pair is reinforced does not depend on the goal), so goals
/// with many shared activities do not weigh twice. Null when there are no such pairs.</para>
/// <para><b>Pipelines.</b> Take the FEEDS_INTO ties whose two ends are both among the goal's activities (for the
/// initiative: among all activities). A pipeline is one weakly connected component of that directed graph with at
/// least one tie. Its activities are listed in a topological order of its condensation: each FEEDS_INTO cycle (a
/// strongly connected component of two or more activities, or an activity feeding itself) is one stage, its
/// members listed together by id, and it is reported in <see cref="Pipeline.Cycles"/>; among stages free to come
/// next, the one whose first id is smallest comes first. <see cref="Pipeline.IsChain"/> marks the simple chains.
/// Pipelines are ordered by their smallest activity id.</para>
/// <para><b>Complexity.</b> O(Σ_g a_g²) for a_g activities per goal (every pair is checked), plus
/// O(A + F log F) per pipeline search for A activities and F FEEDS_INTO ties.</para>
/// <para><b>Source.</b> Kania, J. and Kramer, M. (2011) "Collective Impact", Stanford Social Innovation Review 9(1),
/// 36–41 ("mutually reinforcing activities").</para>
/// </remarks>
public static class ReinforcementCheck
{
    /// <summary>Runs the check, building the ORGANIZATIONS projection of <paramref name="network"/>.</summary>
    public static ReinforcementReport Run(Network network)
    {
        ArgumentNullException.ThrowIfNull(network);
        return Run(network, NetworkProjector.Project(network, ProjectionKind.Organizations));
    }

    /// <summary>Runs the check with an ORGANIZATIONS projection of <paramref name="network"/> already built.</summary>
    public static ReinforcementReport Run(Network network, NetworkProjection organizations)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(organizations);
        return Run(AgendaIndex.Build(network), new OrganizationTies(organizations));
    }

    /// <summary>The check with <paramref name="ties"/> deciding "joined" (so what-if introductions can be counted).</summary>
    internal static ReinforcementReport Run(AgendaIndex index, OrganizationTies ties)
    {
        // Activities by rank in ordinal id order, so a pair is (lower rank, higher rank) and reads in id order.
        var ids = index.Network.Activities.Select(a => a.Id).Order(StringComparer.Ordinal).ToArray();
        var rank = new Dictionary<string, int>(ids.Length, StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++)
        {
            rank[ids[i]] = i;
        }

        var activities = ids.Select(index.Activity).ToArray();
        var leads = activities.Select(a => ties.NodeOf(a.Lead)).ToArray();
        var feeds = new HashSet<long>(index.FeedsInto.Select(f => Key(rank[f.From], rank[f.To], ids.Length)));
        var pairs = new Dictionary<long, bool>();
        var goals = new List<GoalReinforcement>();
        foreach (var goal in index.Network.Goals)
        {
            var members = index.IndicatorsOf(goal.Id)
                .SelectMany(index.ActivitiesMoving)
                .Select(a => rank[a])
                .Distinct()
                .Order()
                .ToArray();
            var pairCount = 0;
            var reinforcedCount = 0;
            var unreinforced = new List<ActivityPair>();
            for (var i = 0; i < members.Length; i++)
            {
                var a = members[i];
                for (var j = i + 1; j < members.Length; j++)
                {
                    var b = members[j];
                    if (leads[a] == leads[b])
                    {
                        continue;
                    }

                    pairCount++;
                    var key = Key(a, b, ids.Length);
                    var reinforced = feeds.Contains(key) || ties.Joined(leads[a], leads[b]);
                    pairs[key] = reinforced;
                    if (reinforced)
                    {
                        reinforcedCount++;
                    }
                    else
                    {
                        unreinforced.Add(Unreinforced(index, goal, activities[a], activities[b]));
                    }
                }
            }

            goals.Add(new GoalReinforcement(
                goal.Id, goal.Name, members.Select(m => ids[m]).ToList(), pairCount, reinforcedCount,
                pairCount == 0 ? null : (double)reinforcedCount / pairCount,
                unreinforced,
                PipelineFinder.Find(members.Select(m => ids[m]).ToList(), index.FeedsInto)));
        }

        var allReinforced = pairs.Values.Count(r => r);
        return new ReinforcementReport(
            goals, pairs.Count, allReinforced, pairs.Count == 0 ? null : (double)allReinforced / pairs.Count,
            PipelineFinder.Find(ids, index.FeedsInto));
    }

    /// <summary>One key per unordered pair of activity ranks, so a FEEDS_INTO tie counts whichever way it runs.</summary>
    private static long Key(int a, int b, int count) => ((long)Math.Min(a, b) * count) + Math.Max(a, b);

    private static ActivityPair Unreinforced(AgendaIndex index, Goal goal, Activity a, Activity b) =>
        new(a.Id, b.Id, a.Lead, b.Lead, () =>
        {
            var (leadA, leadB) = (index.NameOf(a.Lead), index.NameOf(b.Lead));
            return $"'{a.Name}' (led by '{leadA}') and '{b.Name}' (led by '{leadB}') both work toward '{goal.Name}', but neither feeds the other "
                + $"and '{leadA}' and '{leadB}' have no tie: connect them so their work reinforces rather than runs in parallel.";
        });
}
