using CollectiveImpact.Graph.Analytics.Centrality;
using CollectiveImpact.Graph.Analytics.Brokerage;
using CollectiveImpact.Graph.Analytics.Execution;
using CollectiveImpact.Graph.Analytics.Graphs;
using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Analytics.Agenda;

/// <summary>
/// The parts the collective impact analyses share, each taken from an <see cref="AnalysisMemo"/> when one is given
/// (then computed once per network version) and computed on the spot otherwise. The memo's keys are here, in one place.
/// </summary>
internal static class SharedParts
{
    /// <summary>The network's <see cref="AgendaIndex"/>.</summary>
    public static AgendaIndex Agenda(AnalysisMemo? memo, Network network, CancellationToken cancellationToken) =>
        AnalysisMemo.Use(memo, "agenda", () => AgendaIndex.Build(network, cancellationToken), cancellationToken);

    /// <summary>Each node's Louvain community (seeded) in the ORGANIZATIONS projection <paramref name="graph"/>.</summary>
    public static int[] Communities(AnalysisMemo? memo, UndirectedGraph graph, int seed, CancellationToken cancellationToken) =>
        AnalysisMemo.Use(
            memo, $"organizations.communities:seed={seed}", () => GraphMeasures.CommunityLabels(graph, seed, cancellationToken), cancellationToken);

    /// <summary>What each organization of the ORGANIZATIONS projection <paramref name="graph"/> works on (brokerage's bitsets).</summary>
    public static Profiles Profiles(AnalysisMemo? memo, AgendaIndex index, UndirectedGraph graph, CancellationToken cancellationToken) =>
        AnalysisMemo.Use(memo, "organizations.profiles", () => Brokerage.Profiles.Build(index, graph, cancellationToken), cancellationToken);

    /// <summary>The ORGANIZATIONS projection's components and largest-component row sums (what-if's "before", and what "after" is updated from).</summary>
    public static LargestComponentDistances OrganizationsDistances(
        AnalysisMemo? memo, UndirectedGraph graph, int? maxDegreeOfParallelism, CancellationToken cancellationToken) =>
        AnalysisMemo.Use(
            memo,
            "organizations.shape",
            () => LargestComponentDistances.Compute(graph, Parallelism.Resolve(maxDegreeOfParallelism), cancellationToken),
            cancellationToken);

    /// <summary>
    /// A centrality of the ORGANIZATIONS projection <paramref name="graph"/> with <paramref name="options"/> (the
    /// defaults but for a sample's size and seed, which the key names; the degree of parallelism changes nothing).
    /// </summary>
    public static NodeScores Centrality(
        AnalysisMemo? memo, UndirectedGraph graph, CentralityMeasure measure, CentralityOptions options, CancellationToken cancellationToken) =>
        AnalysisMemo.Use(
            memo,
            $"organizations.centrality:{measure}:sample={options.SampleSize}:seed={options.Seed}",
            () => CentralityCalculator.Compute(graph, measure, options, cancellationToken),
            cancellationToken);

    /// <summary>The widest brokerage ranking of this version for <paramref name="seed"/>; null without a memo.</summary>
    public static BrokerageRankings? Rankings(AnalysisMemo? memo, int seed, CancellationToken cancellationToken) =>
        memo is null ? null : memo.GetOrAdd($"brokerage.rankings:seed={seed}", () => new BrokerageRankings(), cancellationToken);

    /// <summary>The initiative's reinforcement counts without introductions.</summary>
    public static InitiativeCounts Reinforcement(AnalysisMemo? memo, Func<InitiativeCounts> compute, CancellationToken cancellationToken) =>
        AnalysisMemo.Use(memo, "reinforcement.initiative", compute, cancellationToken);
}
