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
    private readonly int[][] feedsOf;
    private readonly int[] feedsMarks;
    private readonly int[] joinedLeads;
    private readonly int[][] members;
    private readonly ulong[] goalBits;
    private readonly int words;
    private int lastMark;

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
        var feeds = new List<int>[Ids.Length];
        foreach (var (from, to) in index.FeedsInto)
        {
            (feeds[rank[from]] ??= []).Add(rank[to]);
            (feeds[rank[to]] ??= []).Add(rank[from]);
        }

        feedsOf = Array.ConvertAll(feeds, f => f?.ToArray() ?? []);
        feedsMarks = new int[Ids.Length];
        joinedLeads = new int[ties.Projection.Graph.NodeCount];
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
    /// pairs not met at an earlier goal to the initiative's, and appends each unreinforced pair's ranks (a, b) to
    /// <paramref name="unreinforced"/> when given. Looks at <paramref name="cancellationToken"/> every 1,024 pairs.
    /// </summary>
    /// <remarks>
    /// "Joined" and "feeds" are asked once per first activity, not per pair: the organizations joined to its lead and
    /// the activities it feeds or is fed by are marked with a number of their own, so each pair costs two array reads
    /// (the pair walk is Σ_g a_g²: 7.5 million pairs on a generated 20,000-organization network).
    /// </remarks>
    public (int PairCount, int ReinforcedCount) Walk(int goal, List<int>? unreinforced, CancellationToken cancellationToken)
    {
        var list = members[goal];
        var pairCount = 0;
        var reinforcedCount = 0;
        long step = 0;
        for (var i = 0; i < list.Length; i++)
        {
            var a = list[i];
            var leadA = leads[a];
            var mark = ++lastMark;
            ties.Mark(leadA, joinedLeads, mark);
            foreach (var other in feedsOf[a])
            {
                feedsMarks[other] = mark;
            }

            for (var j = i + 1; j < list.Length; j++)
            {
                Checkpoint.Every(++step, cancellationToken);
                var b = list[j];
                var leadB = leads[b];
                if (leadA == leadB)
                {
                    continue;
                }

                pairCount++;
                var reinforced = feedsMarks[b] == mark || joinedLeads[leadB] == mark;
                if (reinforced)
                {
                    reinforcedCount++;
                }
                else
                {
                    unreinforced?.Add(a);
                    unreinforced?.Add(b);
                }

                if (goal == 0 || !ShareEarlierGoal(a, b, goal))
                {
                    InitiativePairCount++;
                    InitiativeReinforcedCount += reinforced ? 1 : 0;
                }
            }
        }

        return (pairCount, reinforcedCount);
    }

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
