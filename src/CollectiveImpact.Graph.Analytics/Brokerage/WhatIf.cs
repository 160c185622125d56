using CollectiveImpact.Graph.Analytics.Agenda;
using CollectiveImpact.Graph.Analytics.Execution;
using CollectiveImpact.Graph.Analytics.Graphs;
using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Analytics.Reinforcement;
using CollectiveImpact.Graph.Analytics.Traversal;
using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Analytics.Brokerage;

/// <summary>
/// What if the backbone made the top N introductions? The ORGANIZATIONS projection with one new edge per
/// introduction, compared with the network as it is — computed in memory, nothing stored (analyses.md §5).
/// </summary>
/// <remarks>
/// <para><b>Definition.</b> Each introduction (a <see cref="BrokerageRecommendation"/>) becomes an edge of weight 1
/// between its two organizations. Reported before, after and change: the number of connected components; the
/// average shortest path length (unweighted steps) of the largest component (NetworkX
/// <c>average_shortest_path_length</c> on it); and the initiative-wide reinforcement index, where an introduction
/// joins the two organizations as a projection edge would, so it reinforces every pair of activities they lead.</para>
/// <para><b>Parallelism and cancellation.</b> The two all-pairs searches run on at most
/// <c>maxDegreeOfParallelism</c> threads (default every core); the token is looked at inside every part (brokerage,
/// components, each BFS level, every 1,024 activity pairs), and a cancelled run throws
/// <see cref="OperationCanceledException"/>.</para>
/// <para><b>Memory.</b> The reinforcement index before and after is counted pair by pair, without keeping the pairs
/// (on a generated 15,000-organization network, what-if with ten introductions allocated 1,229 MiB when it kept
/// them, 90 MiB since).</para>
/// <para><b>Complexity.</b> One brokerage search, two component passes O(V + E), one all-pairs search of the
/// largest component before, O(⌈V/256⌉·L·(V + E)) vector operations for L levels by multi-source breadth-first search
/// (<see cref="ComponentDistanceTotal"/>, the same integer total as one search per node), which also keeps each
/// node's row sum; "after" is updated from those rows, searching again only from the sources an introduction brings
/// closer to something and from the nodes that joined the largest component (<see cref="AddedEdgesShape"/>: exact,
/// about one source in six for the top ten introductions on a generated 20,000-organization network); plus two
/// reinforcement walks. The "before" side is the same for every call on a network version: with an <see cref="AnalysisMemo"/> it
/// is computed once and shared (with the reinforcement check's counts too), so a later what-if pays only for "after".</para>
/// <para><b>Source.</b> Burt, R. S. (1992) Structural Holes, Harvard University Press; Kania, J. and Kramer, M. (2011)
/// "Collective Impact", Stanford Social Innovation Review 9(1), 36–41.</para>
/// </remarks>
public static class WhatIf
{
    /// <summary>Recommends introductions with <paramref name="options"/> and applies the best <paramref name="introductions"/> of them.</summary>
    public static WhatIfReport Run(
        Network network,
        int introductions,
        BrokerageOptions? options = null,
        int? maxDegreeOfParallelism = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(network);
        if (introductions < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(introductions), introductions, "The number of introductions must be zero or more.");
        }

        var organizations = NetworkProjector.Project(network, ProjectionKind.Organizations);
        var brokerage = BrokerageRecommender.Run(
            network, organizations, (options ?? new BrokerageOptions()) with { Top = introductions }, cancellationToken);
        return Run(network, organizations, brokerage.Recommendations, maxDegreeOfParallelism, cancellationToken);
    }

    /// <summary>Applies <paramref name="introductions"/> to the ORGANIZATIONS projection of <paramref name="network"/>.</summary>
    public static WhatIfReport Run(
        Network network,
        NetworkProjection organizations,
        IReadOnlyList<BrokerageRecommendation> introductions,
        int? maxDegreeOfParallelism = null,
        CancellationToken cancellationToken = default) =>
        Run(network, organizations, introductions, maxDegreeOfParallelism, memo: null, cancellationToken);

    /// <summary>
    /// As the other overload, taking the "before" side (components, average path, reinforcement counts) and the agenda
    /// index from <paramref name="memo"/>, the memo of this very network version, when another analysis already
    /// computed them, and leaving them there otherwise.
    /// </summary>
    public static WhatIfReport Run(
        Network network,
        NetworkProjection organizations,
        IReadOnlyList<BrokerageRecommendation> introductions,
        int? maxDegreeOfParallelism,
        AnalysisMemo? memo,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(organizations);
        ArgumentNullException.ThrowIfNull(introductions);
        cancellationToken.ThrowIfCancellationRequested();
        var before = organizations.Graph;
        var pairs = introductions.Select(r => (r.OrganizationA, r.OrganizationB)).ToList();
        foreach (var (a, b) in pairs)
        {
            if (!before.TryGetIndex(a, out _) || !before.TryGetIndex(b, out _))
            {
                throw new ArgumentException($"Introduction '{a}' – '{b}' names an organization not in the network.", nameof(introductions));
            }
        }

        var added = pairs
            .Select(p => (U: before.IndexOf(p.OrganizationA), V: before.IndexOf(p.OrganizationB)))
            .Where(p => p.U != p.V && before.WeightBetween(p.U, p.V) == 0)
            .Select(p => (Math.Min(p.U, p.V), Math.Max(p.U, p.V)))
            .Distinct()
            .Select(p => new WeightedEdge(p.Item1, p.Item2, 1.0))
            .ToList();

        var index = SharedParts.Agenda(memo, network, cancellationToken);
        var reinforcementBefore = SharedParts.Reinforcement(
            memo, () => ReinforcementCheck.InitiativeCountsOf(index, new OrganizationTies(organizations), cancellationToken), cancellationToken);
        var distancesBefore = SharedParts.OrganizationsDistances(memo, before, maxDegreeOfParallelism, cancellationToken);
        var shapeBefore = distancesBefore.Shape;

        // Nothing added (every introduction already joined, or none asked for): the network after is the one before.
        var (reinforcementAfter, shapeAfter) = added.Count == 0
            ? (reinforcementBefore, shapeBefore)
            : (ReinforcementCheck.InitiativeCountsOf(index, new OrganizationTies(organizations, pairs), cancellationToken),
                AddedEdgesShape.Compute(before, distancesBefore, added, Parallelism.Resolve(maxDegreeOfParallelism), cancellationToken));
        return new WhatIfReport(
            introductions,
            new MetricChange(shapeBefore.Components, shapeAfter.Components),
            new MetricChange(shapeBefore.AverageShortestPath, shapeAfter.AverageShortestPath),
            new MetricChange(reinforcementBefore.Index, reinforcementAfter.Index));
    }
}
