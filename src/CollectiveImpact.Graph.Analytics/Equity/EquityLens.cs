using CollectiveImpact.Graph.Analytics.Agenda;
using CollectiveImpact.Graph.Analytics.Centrality;
using CollectiveImpact.Graph.Analytics.Graphs;
using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Analytics.StructuralHoles;
using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Analytics.Equity;

/// <summary>
/// The equity lens: do community voices sit at the edge of the network? Centrality on the ORGANIZATIONS projection,
/// summarized for community-led organizations versus the others, and per sector. High constraint and low effective
/// size mean an organization's contacts all know one another: no brokerage position.
/// </summary>
/// <remarks>
/// <para><b>Definition.</b> For each measure (default degree, betweenness, closeness, eigenvector, computed by
/// <see cref="CentralityCalculator.Compute"/> with NetworkX 3.x defaults on the ORGANIZATIONS projection; then, unless
/// turned off, Burt's constraint and effective size, unweighted), the count,
/// mean and median of the scores of (a) community-led organizations (<c>communityLed: true</c>), (b) all other
/// organizations, and (c) each sector. Undefined scores (NaN) are left out of mean and median but counted. Also the
/// community-led organizations with at most one tie: the ones most at the edge.</para>
/// <para><b>Betweenness by default.</b> Exact up to <see cref="EquityOptions.ExactBetweennessUpTo"/> organizations
/// (what NetworkX <c>betweenness_centrality</c> gives). Above, exact betweenness costs O(V·E) (about 45 s on 20,000
/// organizations), so the default estimates it from <see cref="EquityOptions.BetweennessSamples"/> sampled sources
/// (NetworkX's <c>k</c>, Brandes and Pich 2007), unbiased, and says so: the measure carries the sample size and
/// Hoeffding's bound ε (<see cref="ErrorBound"/>) on every score and every group mean, at 95% confidence. Sampling
/// without replacement keeps the bound (Hoeffding 1963, §6). <see cref="EquityOptions.ExactBetweenness"/> asks for the
/// exact scores.</para>
/// <para><b>Parallelism and cancellation.</b> <c>maxDegreeOfParallelism</c> bounds the threads of the shortest-path
/// measures (default every core; the scores do not depend on it); the token reaches every measure and is looked at
/// between them, so a cancelled lens throws <see cref="OperationCanceledException"/> mid-measure.</para>
/// <para><b>Complexity.</b> That of the measures: betweenness dominates with O(V·E) (Brandes 2001).</para>
/// <para><b>Sources.</b> Kania, J. and Kramer, M. (2011) "Collective Impact", Stanford Social Innovation Review 9(1),
/// 36–41; Freeman, L. C. (1978) "Centrality in social networks: conceptual clarification", Social Networks 1(3),
/// 215–239; Burt, R. S. (1992) Structural Holes, Harvard University Press; Brandes, U. and Pich, C. (2007)
/// "Centrality estimation in large networks", Int. J. Bifurcation and Chaos 17(7), 2303–2318,
/// doi:10.1142/S0218127407018403; Hoeffding, W. (1963) "Probability inequalities for sums of bounded random
/// variables", JASA 58(301), 13–30.</para>
/// </remarks>
public static class EquityLens
{
    /// <summary>Runs the lens, building the ORGANIZATIONS projection of <paramref name="network"/>.</summary>
    public static EquityReport Run(
        Network network,
        EquityOptions? options = null,
        int? maxDegreeOfParallelism = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(network);
        return Run(NetworkProjector.Project(network, ProjectionKind.Organizations), options, maxDegreeOfParallelism, cancellationToken);
    }

    /// <summary>Runs the lens on an ORGANIZATIONS projection already built.</summary>
    public static EquityReport Run(
        NetworkProjection organizations,
        EquityOptions? options = null,
        int? maxDegreeOfParallelism = null,
        CancellationToken cancellationToken = default) =>
        Run(organizations, options, maxDegreeOfParallelism, memo: null, cancellationToken);

    /// <summary>
    /// As <see cref="Run(NetworkProjection, EquityOptions?, int?, CancellationToken)"/>, taking each centrality's scores
    /// from <paramref name="memo"/> (the analyses of this network version share them: compare reads the same
    /// betweenness for its movers) and keeping them there.
    /// </summary>
    public static EquityReport Run(
        NetworkProjection organizations,
        EquityOptions? options,
        int? maxDegreeOfParallelism,
        AnalysisMemo? memo,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organizations);
        if (organizations.Kind != ProjectionKind.Organizations)
        {
            throw new ArgumentException($"Expected the ORGANIZATIONS projection, got {organizations.Kind}.", nameof(organizations));
        }

        options ??= new EquityOptions();
        var graph = organizations.Graph;
        var centrality = CentralityOptions.Default with { MaxDegreeOfParallelism = maxDegreeOfParallelism };
        var samples = SampledSources(graph.NodeCount, options);
        var measures = (options.Measures ?? EquityOptions.DefaultMeasures)
            .Select(m => Measure(organizations, m, centrality, m == CentralityMeasure.Betweenness ? samples : null, memo, cancellationToken))
            .ToList();
        if (options.StructuralHoles)
        {
            measures.Add(Compare("Constraint", Constraint.Compute(graph, cancellationToken: cancellationToken), organizations));
            measures.Add(Compare("EffectiveSize", EffectiveSize.Compute(graph, cancellationToken: cancellationToken), organizations));
        }

        cancellationToken.ThrowIfCancellationRequested();

        var edge = Enumerable.Range(0, graph.NodeCount)
            .Where(o => organizations.CommunityLed[o] && graph.Degree(o) <= 1)
            .Select(o => graph.NodeIds[o])
            .Order(StringComparer.Ordinal)
            .ToList();
        return new EquityReport(options, measures, edge);
    }

    /// <summary>How many sources the betweenness estimate samples for a projection of <paramref name="nodes"/>; null: exact.</summary>
    public static int? SampledSources(int nodes, EquityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.ExactBetweenness || nodes <= EquityOptions.ExactBetweennessUpTo ? null : Math.Min(EquityOptions.BetweennessSamples, nodes);
    }

    /// <summary>
    /// Hoeffding's ε for normalized betweenness estimated from <paramref name="samples"/> of <paramref name="nodes"/>
    /// sources: each source's term n·δ_s(v) / ((n − 1)(n − 2)) lies in [0, n / (n − 1)], so
    /// ε = n / (n − 1) · √(ln(2/δ) / (2k)) at confidence 1 − δ (δ = 0.05).
    /// </summary>
    public static double ErrorBound(int nodes, int samples)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(nodes, 3);
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 1);
        var range = nodes / (nodes - 1.0);
        return range * Math.Sqrt(Math.Log(2 / (1 - EquityOptions.BoundConfidence)) / (2.0 * samples));
    }

    private static EquityMeasure Measure(
        NetworkProjection organizations, CentralityMeasure measure, CentralityOptions centrality, int? samples, AnalysisMemo? memo, CancellationToken cancellationToken)
    {
        if (samples is not { } k)
        {
            return Compare(measure.ToString(), SharedParts.Centrality(memo, organizations.Graph, measure, centrality, cancellationToken), organizations);
        }

        var estimate = SharedParts.Centrality(
            memo, organizations.Graph, measure, centrality with { SampleSize = k, Seed = EquityOptions.BetweennessSeed }, cancellationToken);
        return Compare(measure.ToString(), estimate, organizations) with { SampledSources = k, ErrorBound = ErrorBound(organizations.Graph.NodeCount, k) };
    }

    private static EquityMeasure Compare(string name, NodeScores scores, NetworkProjection organizations)
    {
        var nodes = Enumerable.Range(0, organizations.Graph.NodeCount).ToList();
        var communityLed = nodes.Where(o => organizations.CommunityLed[o]).Select(o => scores.Values[o]).ToList();
        var others = nodes.Where(o => !organizations.CommunityLed[o]).Select(o => scores.Values[o]).ToList();
        var bySector = nodes
            .GroupBy(o => organizations.Sectors[o])
            .OrderBy(g => g.Key is null ? 1 : 0).ThenBy(g => g.Key)
            .Select(g => new SectorSummary(g.Key, GroupSummary.Of(g.Select(o => scores.Values[o]).ToList())))
            .ToList();
        return new EquityMeasure(name, GroupSummary.Of(communityLed), GroupSummary.Of(others), bySector);
    }
}
