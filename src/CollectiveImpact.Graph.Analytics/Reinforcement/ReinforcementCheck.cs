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
/// <para><b>Complexity.</b> O(Σ_g a_g²) for a_g activities per goal (every pair is checked, in O(1) each: see <see cref="GoalPairs.Walk"/>), 8 bytes per unreinforced pair kept (<see cref="UnreinforcedPairList"/>), plus
/// O(A + F log F) per pipeline search for A activities and F FEEDS_INTO ties.</para>
/// <para><b>Source.</b> Kania, J. and Kramer, M. (2011) "Collective Impact", Stanford Social Innovation Review 9(1),
/// 36–41 ("mutually reinforcing activities").</para>
/// </remarks>
public static class ReinforcementCheck
{
    /// <summary>Runs the check, building the ORGANIZATIONS projection of <paramref name="network"/>.</summary>
    public static ReinforcementReport Run(Network network, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(network);
        return Run(network, NetworkProjector.Project(network, ProjectionKind.Organizations), cancellationToken);
    }

    /// <summary>Runs the check with an ORGANIZATIONS projection of <paramref name="network"/> already built.</summary>
    /// <param name="network">The network.</param>
    /// <param name="organizations">Its ORGANIZATIONS projection.</param>
    /// <param name="cancellationToken">Looked at every 1,024 pairs and before each goal's pipelines; cancelled, the
    /// call throws <see cref="OperationCanceledException"/>.</param>
    public static ReinforcementReport Run(Network network, NetworkProjection organizations, CancellationToken cancellationToken = default) =>
        Run(network, organizations, memo: null, cancellationToken);

    /// <summary>
    /// As <see cref="Run(Network, NetworkProjection, CancellationToken)"/>, taking the agenda index from
    /// <paramref name="memo"/> and leaving the initiative's counts there for what-if.
    /// </summary>
    /// <param name="network">The network.</param>
    /// <param name="organizations">Its ORGANIZATIONS projection.</param>
    /// <param name="memo">The memo of this very network version (or null).</param>
    /// <param name="cancellationToken">As in the other overload.</param>
    public static ReinforcementReport Run(Network network, NetworkProjection organizations, AnalysisMemo? memo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(organizations);
        cancellationToken.ThrowIfCancellationRequested();
        return Run(SharedParts.Agenda(memo, network, cancellationToken), new OrganizationTies(organizations), memo, cancellationToken);
    }

    /// <summary>The check with <paramref name="ties"/> deciding "joined".</summary>
    internal static ReinforcementReport Run(AgendaIndex index, OrganizationTies ties, CancellationToken cancellationToken) =>
        Run(index, ties, memo: null, cancellationToken);

    /// <summary>The check with <paramref name="ties"/> deciding "joined", leaving the initiative's counts in <paramref name="memo"/>.</summary>
    internal static ReinforcementReport Run(AgendaIndex index, OrganizationTies ties, AnalysisMemo? memo, CancellationToken cancellationToken)
    {
        var pairs = new GoalPairs(index, ties);
        var sides = Array.ConvertAll(pairs.Activities, a => new PairedActivity(a.Id, a.Name, a.Lead, index.NameOf(a.Lead)));
        var goals = new List<GoalReinforcement>();
        for (var g = 0; g < pairs.Goals.Count; g++)
        {
            var goal = pairs.Goals[g];
            var unreinforced = new List<int>();
            var (pairCount, reinforcedCount) = pairs.Walk(g, unreinforced, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            var activities = pairs.MembersOf(g).Select(m => pairs.Ids[m]).ToList();
            goals.Add(new GoalReinforcement(
                goal.Id, goal.Name, activities, pairCount, reinforcedCount,
                pairCount == 0 ? null : (double)reinforcedCount / pairCount,
                new UnreinforcedPairList(goal.Id, goal.Name, sides, unreinforced),
                PipelineFinder.Find(activities, index.FeedsInto)));
        }

        cancellationToken.ThrowIfCancellationRequested();
        var counts = new InitiativeCounts(pairs.InitiativePairCount, pairs.InitiativeReinforcedCount);
        SharedParts.Reinforcement(memo, () => counts, cancellationToken);
        return new ReinforcementReport(goals, counts.PairCount, counts.ReinforcedCount, counts.Index, PipelineFinder.Find(pairs.Ids, index.FeedsInto));
    }

    /// <summary>
    /// Only the initiative-wide index (what-if compares it before and after introductions): the same walk as
    /// <see cref="Run(AgendaIndex, OrganizationTies, CancellationToken)"/>, without keeping the unreinforced pairs
    /// (millions on a large network) or finding pipelines.
    /// </summary>
    internal static double? InitiativeIndexOf(AgendaIndex index, OrganizationTies ties, CancellationToken cancellationToken) =>
        InitiativeCountsOf(index, ties, cancellationToken).Index;

    /// <summary>The initiative's counts behind <see cref="InitiativeIndexOf"/>.</summary>
    internal static InitiativeCounts InitiativeCountsOf(AgendaIndex index, OrganizationTies ties, CancellationToken cancellationToken)
    {
        var pairs = new GoalPairs(index, ties);
        for (var g = 0; g < pairs.Goals.Count; g++)
        {
            pairs.Walk(g, unreinforced: null, cancellationToken);
        }

        return new InitiativeCounts(pairs.InitiativePairCount, pairs.InitiativeReinforcedCount);
    }
}
