using CollectiveImpact.Graph.Analytics.Brokerage;

namespace CollectiveImpact.Graph.Analytics.Change;

/// <summary>
/// What changed between two states of the network (analyses.md §6, "Change over time"): each side is the network as
/// of a date, the stored one or a snapshot's (network-format.md, Time). It is how an evaluator answers whether the
/// network is stronger than at baseline, as the PARTNER tool's and Kumu's map comparisons do; collective impact's
/// conditions (Kania &amp; Kramer 2011) are read as connections made across sectors, mutually reinforcing activities,
/// and partners less dependent on the backbone to reach each other.
/// </summary>
/// <remarks>
/// <para><b>Definition.</b>
/// <list type="bullet">
/// <item>Organizations and people joined (on "to", not on "from", by id) and left (the other way round).</item>
/// <item>Ties added (a key (from, to, type) on "to" and not on "from"; undirected types keyed with their ends in
/// order) and ended (the other way round), counted by type and by pair of sectors (an organization's sector, a
/// person's organization's); cross-sector when both ends have a sector and they differ.</item>
/// <item>On the ORGANIZATIONS projection, each as before, after and change (after − before): every network metric of
/// §1 (<see cref="Structure.NetworkMetrics"/>, the average shortest path of the largest component, the modularity of
/// the seeded Louvain communities and their count), the reinforcement index of the initiative and of each goal (§4),
/// the equity lens's means of community-led and other organizations and their difference per measure (its defaults),
/// and the <see cref="BackboneDependence"/>.</item>
/// <item>Movers: the organizations on both sides whose degree (partners) and normalized betweenness rose most and
/// fell most; the betweenness is the equity lens's (shared through the memo): above
/// <see cref="Equity.EquityOptions.ExactBetweennessUpTo"/> organizations on a side it is estimated from
/// <see cref="Equity.EquityOptions.BetweennessSamples"/> sources (seed 0), the error bound stated.</item>
/// <item>Sentences a backbone can read out at a partners' meeting (<see cref="ChangeSentences"/>).</item>
/// </list>
/// Comparing a side with itself changes nothing; swapping the sides swaps joined with left and added with ended, and
/// negates every change.</para>
/// <para><b>Complexity.</b> Linear in the two networks for the differences; per side, what its analyses cost
/// (triangles, the bit-parallel distance searches of the average path and the backbone dependence, Louvain, the
/// equity lens, and betweenness: exact O(n·m) up to 5,000 organizations, sampled above).</para>
/// </remarks>
public static class NetworkComparison
{
    public static NetworkChange Compare(
        ComparisonSide from,
        ComparisonSide to,
        ComparisonOptions? options = null,
        int? maxDegreeOfParallelism = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        options ??= new ComparisonOptions();
        var measuredBefore = Measure(from, options, maxDegreeOfParallelism, cancellationToken);
        var measuredAfter = ReferenceEquals(from.Organizations, to.Organizations)
            ? measuredBefore
            : Measure(to, options, maxDegreeOfParallelism, cancellationToken);
        return Compare(from, to, measuredBefore, measuredAfter, options, cancellationToken);
    }

    /// <summary>What the comparison measures on one side (the costly part: its analyses), to compare later.</summary>
    public static SideMeasures Measure(ComparisonSide side, ComparisonOptions? options = null, int? maxDegreeOfParallelism = null, CancellationToken cancellationToken = default) =>
        Measure(side, options, maxDegreeOfParallelism, progress: null, cancellationToken);

    /// <summary>
    /// As <see cref="Measure(ComparisonSide, ComparisonOptions, int?, CancellationToken)"/>, telling
    /// <paramref name="progress"/> the fraction of the side measured (0 to 1, never backwards, 1 at the end) after each
    /// of its parts: for a background job's progress.
    /// </summary>
    public static SideMeasures Measure(
        ComparisonSide side, ComparisonOptions? options, int? maxDegreeOfParallelism, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(side);
        return SideMeasures.Of(side, options ?? new ComparisonOptions(), maxDegreeOfParallelism, progress, cancellationToken);
    }

    /// <summary>The comparison of two sides measured with <see cref="Measure(ComparisonSide, ComparisonOptions, int?, CancellationToken)"/> (with the same options).</summary>
    public static NetworkChange Compare(
        ComparisonSide from, ComparisonSide to, SideMeasures measuredBefore, SideMeasures measuredAfter, ComparisonOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(measuredBefore);
        ArgumentNullException.ThrowIfNull(measuredAfter);
        options ??= new ComparisonOptions();
        ArgumentOutOfRangeException.ThrowIfNegative(options.Movers);
        var before = new SideIndex(from.Network);
        var after = new SideIndex(to.Network);
        cancellationToken.ThrowIfCancellationRequested();
        var change = new NetworkChange(
            from.Label,
            from.Date,
            to.Label,
            to.Date,
            SideIndex.Membership(before, after, s => s.Organizations),
            SideIndex.Membership(before, after, s => s.People),
            SideIndex.TiesIn(after, before),
            SideIndex.TiesIn(before, after),
            Metrics(measuredBefore, measuredAfter),
            Reinforcement(measuredBefore, measuredAfter),
            Equity(measuredBefore, measuredAfter),
            new MetricChange(measuredBefore.Backbone?.Share, measuredAfter.Backbone?.Share),
            MoverRanking.Of(from, to, before, after, measuredBefore, measuredAfter, options.Movers),
            []);
        return change with { Sentences = ChangeSentences.Write(change, from, measuredBefore.Equity, measuredAfter.Equity) };
    }

    private static List<NamedMetricChange> Metrics(SideMeasures a, SideMeasures b)
    {
        var (x, y) = (a.Metrics, b.Metrics);
        return
        [
            new("nodes", "Organizations in the network.", x.Nodes, y.Nodes),
            new("edges", "Pairs of organizations joined by a tie, a shared activity or their people's ties.", x.Edges, y.Edges),
            new("density", "The share of all possible pairs that are joined, 0–1: higher is a more connected network.", x.Density, y.Density),
            new("components", "Separate groups with no path between them: fewer is better, 1 is one connected network.", x.ComponentCount, y.ComponentCount),
            new("largestComponent", "Organizations in the largest connected group.", x.LargestComponentSize, y.LargestComponentSize),
            new("diameter", "The most steps between two organizations of the largest group: lower is a tighter network.", x.Diameter, y.Diameter),
            new("averageShortestPath", "The average number of steps between two organizations of the largest group: lower means partners reach each other more directly.", a.AverageShortestPath, b.AverageShortestPath),
            new("transitivity", "Global clustering, 0–1: how often two partners of an organization are partners of each other.", x.Transitivity, y.Transitivity),
            new("averageClustering", "The average of each organization's local clustering, 0–1.", x.AverageClustering, y.AverageClustering),
            new("degreeCentralization", "Freeman degree centralization, 0–1: how much the ties gather on one organization (1 is a star around one hub).", x.DegreeCentralization, y.DegreeCentralization),
            new("sectorAssortativity", "Sector assortativity, −1 to 1: above 0, organizations tie mostly within their sector; below 0, across sectors.", x.SectorAssortativity, y.SectorAssortativity),
            new("sectorEIIndex", "Krackhardt's E-I index by sector, −1 to 1: the share of ties across sectors minus the share within; higher is more cross-sector.", x.EIIndex.Index, y.EIIndex.Index),
            new("modularity", "Modularity of the Louvain communities, about 0–1: higher means more separate clusters; null without ties.", a.Modularity, b.Modularity),
            new("communities", "Louvain communities (seeded).", a.Communities, b.Communities),
        ];
    }

    private static ReinforcementChange Reinforcement(SideMeasures a, SideMeasures b)
    {
        var was = a.Reinforcement.Goals.ToDictionary(g => g.Goal, StringComparer.Ordinal);
        var now = b.Reinforcement.Goals.ToDictionary(g => g.Goal, StringComparer.Ordinal);
        var goals = was.Keys.Union(now.Keys, StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(id => new GoalIndexChange(
                id,
                now.GetValueOrDefault(id)?.Name ?? was[id].Name,
                new MetricChange(was.GetValueOrDefault(id)?.Index, now.GetValueOrDefault(id)?.Index)))
            .ToList();
        return new ReinforcementChange(new MetricChange(a.Reinforcement.Index, b.Reinforcement.Index), goals);
    }

    private static List<EquityChange> Equity(SideMeasures a, SideMeasures b) =>
        [.. a.Equity.Measures.Zip(b.Equity.Measures, (x, y) => new EquityChange(
            x.Measure,
            new MetricChange(x.CommunityLed.Mean, y.CommunityLed.Mean),
            new MetricChange(x.Others.Mean, y.Others.Mean),
            new MetricChange(Difference(x.CommunityLed.Mean, x.Others.Mean), Difference(y.CommunityLed.Mean, y.Others.Mean))))];

    private static double? Difference(double? communityLed, double? others) =>
        communityLed is { } c && others is { } o ? c - o : null;
}
