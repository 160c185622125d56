using CollectiveImpact.Graph.Analytics.Agenda;
using CollectiveImpact.Graph.Analytics.Execution;
using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Analytics.Reinforcement;

/// <summary>
/// The pairs of activities with different leads that work toward each goal, walked goal by goal without being kept:
/// the per-goal counts, the initiative's distinct pairs and which of them are reinforced, in O(1) memory per pair.
/// </summary>
/// <remarks>
/// A pair shared by several goals belongs to the initiative's count once: at the first goal (document order) that both
/// activities work toward, found from a bitset of goal positions per activity, instead of a dictionary of every pair
/// met (about 28 bytes a pair, more while it grows: the 2.4 million pairs of a generated 15,000-organization network).
/// </remarks>
internal sealed class GoalPairs
{
    private readonly OrganizationTies ties;
    private readonly int[] leads;
    private readonly HashSet<long> feeds;
    private readonly int[][] members;
    private readonly ulong[] goalBits;
    private readonly int words;

    public GoalPairs(AgendaIndex index, OrganizationTies ties)
    {
        this.ties = ties;

        // Activities by rank in ordinal id order, so a pair is (lower rank, higher rank) and reads in id order.
        Ids = index.Network.Activities.Select(a => a.Id).Order(StringComparer.Ordinal).ToArray();
        var rank = new Dictionary<string, int>(Ids.Length, StringComparer.Ordinal);
        for (var i = 0; i < Ids.Length; i++)
        {
            rank[Ids[i]] = i;
        }

        Activities = Ids.Select(index.Activity).ToArray();
        leads = Activities.Select(a => ties.NodeOf(a.Lead)).ToArray();
        feeds = new HashSet<long>(index.FeedsInto.Select(f => Key(rank[f.From], rank[f.To])));
        Goals = index.Network.Goals;
        members = Goals
            .Select(goal => index.IndicatorsOf(goal.Id).SelectMany(index.ActivitiesMoving).Select(a => rank[a]).Distinct().Order().ToArray())
            .ToArray();
        words = Math.Max(1, (Goals.Count + 63) / 64);
        goalBits = new ulong[Ids.Length * words];
        for (var g = 0; g < members.Length; g++)
        {
            foreach (var a in members[g])
            {
                goalBits[(a * words) + (g / 64)] |= 1UL << (g % 64);
            }
        }
    }

    /// <summary>Every activity id, ordinal order: an activity's rank is its index here.</summary>
    public string[] Ids { get; }

    /// <summary>The activities by rank.</summary>
    public Activity[] Activities { get; }

    /// <summary>The goals, in document order: goal number g is <c>Goals[g]</c>.</summary>
    public IReadOnlyList<Goal> Goals { get; }

    /// <summary>The initiative's distinct pairs among the goals walked so far.</summary>
    public int InitiativePairCount { get; private set; }

    /// <summary>How many of <see cref="InitiativePairCount"/> are reinforced.</summary>
    public int InitiativeReinforcedCount { get; private set; }

    /// <summary>The ranks of goal number <paramref name="goal"/>'s activities, ascending.</summary>
    public int[] MembersOf(int goal) => members[goal];

    /// <summary>
    /// Walks goal number <paramref name="goal"/>'s pairs (call once per goal, in order): returns its counts, adds its
    /// pairs not met at an earlier goal to the initiative's, and hands each unreinforced pair (ranks) to
    /// <paramref name="unreinforced"/> when given. Looks at <paramref name="cancellationToken"/> every 1,024 pairs.
    /// </summary>
    public (int PairCount, int ReinforcedCount) Walk(int goal, Action<int, int>? unreinforced, CancellationToken cancellationToken)
    {
        var list = members[goal];
        var pairCount = 0;
        var reinforcedCount = 0;
        long step = 0;
        for (var i = 0; i < list.Length; i++)
        {
            var a = list[i];
            for (var j = i + 1; j < list.Length; j++)
            {
                Checkpoint.Every(++step, cancellationToken);
                var b = list[j];
                if (leads[a] == leads[b])
                {
                    continue;
                }

                pairCount++;
                var reinforced = feeds.Contains(Key(a, b)) || ties.Joined(leads[a], leads[b]);
                if (reinforced)
                {
                    reinforcedCount++;
                }
                else
                {
                    unreinforced?.Invoke(a, b);
                }

                if (!ShareEarlierGoal(a, b, goal))
                {
                    InitiativePairCount++;
                    InitiativeReinforcedCount += reinforced ? 1 : 0;
                }
            }
        }

        return (pairCount, reinforcedCount);
    }

    /// <summary>One key per unordered pair of activity ranks, so a FEEDS_INTO tie counts whichever way it runs.</summary>
    private long Key(int a, int b) => ((long)Math.Min(a, b) * Ids.Length) + Math.Max(a, b);

    private bool ShareEarlierGoal(int a, int b, int goal)
    {
        for (var w = 0; w <= goal / 64; w++)
        {
            var below = w < goal / 64 ? ulong.MaxValue : (1UL << (goal % 64)) - 1;
            if ((goalBits[(a * words) + w] & goalBits[(b * words) + w] & below) != 0)
            {
                return true;
            }
        }

        return false;
    }
}
