using CollectiveImpact.Graph.Analytics.Centrality;
using CollectiveImpact.Graph.Analytics.Equity;
using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Api.Services;
using CollectiveImpact.Graph.Api.Services.Analyses;
using CollectiveImpact.Graph.Api.Services.Jobs;
using GraphQL.Validation.Complexity;
using Microsoft.Extensions.Options;

namespace CollectiveImpact.Graph.Api.GraphQL.Limits;

/// <summary>
/// What an analysis field costs in the query-cost limit (<see cref="QueryCost"/>): the CPU time it is estimated to
/// take, in units of <see cref="NanosecondsPerUnit"/> (100 µs of one core), so <c>Limits:MaxComplexity</c> (250,000)
/// also reads as 25 s of analysis work — under the 30 s execution timeout: a request whose analyses cannot finish in
/// time is refused before anything runs, instead of timing out after burning its deadline.
/// </summary>
/// <remarks>
/// <para><b>Formula.</b> price = max(1, ⌈t / 100 µs⌉), where t sums per-operation constants times the work asked, on
/// the projection the analysis reads, with n its nodes and s = n + m its nodes plus edges (ORGANIZATIONS for the
/// analyses that take no <c>projection</c>):</para>
/// <list type="table">
/// <item><term>networkMetrics</term><description>0.5 ns·n·s (all-pairs breadth-first searches for the diameter and average path) + 200 ns·s</description></item>
/// <item><term>centrality</term><description>DEGREE 2 ns·s; CLOSENESS, HARMONIC 0.5 ns·n·s; BETWEENNESS exact 20 ns·n·s, sampled 25 ns·k·s (k sources);
/// EIGENVECTOR 6 ns·s·i, PAGE_RANK 1 ns·s·i (i = maxIterations, default 100). <c>top</c> is applied on reading and costs nothing here.
/// k and i are counted at most at their largest valid values (n, 10,000): beyond, the analysis refuses them as INVALID_ARGUMENT.</description></item>
/// <item><term>communities</term><description>4,000 ns·s (Louvain)</description></item>
/// <item><term>structuralHoles, cutPoints</term><description>100 ns·s</description></item>
/// <item><term>gaps, overlaps, reinforcement, indicatorProgress</term><description>1,000, 4,000, 14,000 and 10 ns·s</description></item>
/// <item><term>brokerage(top)</term><description>7,000 ns·s + 5 ns·top·s (the exact distance of each returned pair; top counted at most n(n − 1)/2, the pairs there are)</description></item>
/// <item><term>whatIf(top)</term><description>brokerage(top) + 2 × 0.5 ns·n·s (average path before and after) + 10,000 ns·s (reinforcement before and after)</description></item>
/// <item><term>equityLens(measures)</term><description>the sum of centrality on ORGANIZATIONS over the measures (+ 200 ns·s with structural holes)</description></item>
/// <item><term>compare</term><description>per side, twice: equityLens's defaults + betweenness as its (exact, or 100 sources above 5,000 organizations) + reinforcement, communities and the cheap metrics (18,200 ns·s) + 2 × 0.5 ns·n·s (average path and backbone dependence)</description></item>
/// </list>
/// <para>The constants come from benchmarks/RESULTS.md (2 cores, .NET 10) on the generated network with 20,000
/// organizations, rounded up so an estimate is at or above the measured time (whatIf(top: 10): 6.8 s estimated, 6.7 s
/// measured; networkMetrics 1.9 s, 0.7 s; exact betweenness 74 s, 47 s). On the load script's network (ORGANIZATIONS:
/// n = 20,000, m = 117,971) whatIf(top: 10) is priced 51,119, networkMetrics 14,074, exact betweenness 551,884 (refused).</para>
/// <para><b>Jobs.</b> centrality, compare, and the all-pairs part of networkMetrics (0.5 ns·n·s), whose estimate is above
/// <c>Jobs:RunAsJobAbove</c> (10 s) run as background jobs (docs/jobs.md) instead of being refused: the field answers
/// at once with the job, and costs 1 unit (networkMetrics: its cheap part, 200 ns·s) instead of its estimate.</para>
/// <para>The size is <see cref="ProjectionProvider.SizeOf"/>: the last version read, exact once the projection was
/// built, else estimated from the snapshot's counts; zero before the first analysis after a start (the per-request cap
/// of analysis fields and the scheduler still bound that request).</para>
/// </remarks>
public static class AnalysisCost
{
    /// <summary>One unit of query cost, in nanoseconds of one core: 100 µs.</summary>
    public const double NanosecondsPerUnit = 100_000;

    /// <summary>The query fields that run an analysis through the scheduler.</summary>
    public static IReadOnlySet<string> Fields { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "networkMetrics", "centrality", "communities", "communityOverview", "structuralHoles", "cutPoints",
        "gaps", "overlaps", "reinforcement", "indicatorProgress", "brokerage", "whatIf", "equityLens", "compare",
    };

    /// <summary>Whether the field being priced is an analysis field of the query root.</summary>
    public static bool IsAnalysis(FieldImpactContext context) =>
        context.ParentType.Name == context.ValidationContext.Schema.Query.Name && Fields.Contains(context.FieldDefinition.Name);

    /// <summary>The price of an analysis field with its arguments, on the current sizes.</summary>
    public static double Price(FieldImpactContext context)
    {
        var services = context.ValidationContext.RequestServices;
        var projections = services?.GetService(typeof(ProjectionProvider)) as ProjectionProvider;
        var jobs = (services?.GetService(typeof(IOptions<JobOptions>)) as IOptions<JobOptions>)?.Value;
        var projection = context.GetArgument("projection", ProjectionKind.Organizations);
        var size = projections?.SizeOf(projection) ?? ProjectionSize.Unknown;
        var organizations = projections?.SizeOf(ProjectionKind.Organizations) ?? ProjectionSize.Unknown;
        var nanoseconds = context.FieldDefinition.Name switch
        {
            // The all-pairs part runs as a job when long: the request then pays only for the cheap metrics.
            "networkMetrics" => (RunsAsJob(AllPairs(size), jobs) ? 0 : AllPairs(size)) + 200.0 * size.Total,
            "centrality" => InRequest(Centrality(
                context.GetArgument("measure", CentralityMeasure.Degree), size,
                context.GetArgument<CentralitySample?>("sample", null)?.Size, context.GetArgument<int?>("maxIterations", null)), jobs),
            "communities" => 4_000.0 * size.Total,
            "communityOverview" => 5_000.0 * size.Total,
            "structuralHoles" or "cutPoints" => 100.0 * size.Total,
            "gaps" => 1_000.0 * organizations.Total,
            "overlaps" => 4_000.0 * organizations.Total,
            "reinforcement" => 14_000.0 * organizations.Total,
            "indicatorProgress" => 10.0 * organizations.Total,
            "brokerage" => Brokerage(context.GetArgument("top", 20), organizations),
            "whatIf" => Brokerage(context.GetArgument("top", 0), organizations) + 2 * AllPairs(organizations) + 10_000.0 * organizations.Total,
            "equityLens" => Measures(context).Distinct().Sum(m => Centrality(m, organizations, EquitySample(m, organizations), null))
                + (context.GetArgument("structuralHoles", true) ? 200.0 * organizations.Total : 0),
            "compare" => InRequest(Comparison(organizations), jobs),
            _ => 0,
        };
        return Units(nanoseconds);
    }

    /// <summary>Estimated nanoseconds of one centrality on a projection of <paramref name="size"/>.</summary>
    public static double Centrality(CentralityMeasure measure, ProjectionSize size, int? sampleSize, int? maxIterations)
    {
        ArgumentNullException.ThrowIfNull(size);
        // Each parameter is priced at most at its largest valid value: a value out of range is then refused by the
        // analysis's own check as INVALID_ARGUMENT naming the range, not as QUERY_TOO_COMPLEX.
        var iterations = Math.Clamp(maxIterations ?? CentralityOptions.Default.MaxIterations, 1, CentralityAnalysis.MaxIterationsLimit);
        return measure switch
        {
            CentralityMeasure.Degree => 2.0 * size.Total,
            CentralityMeasure.Closeness or CentralityMeasure.Harmonic => AllPairs(size),
            CentralityMeasure.Betweenness when sampleSize is { } k => 25.0 * Math.Clamp(k, 1, Math.Max(1, size.Nodes)) * size.Total,
            CentralityMeasure.Betweenness => 20.0 * size.Nodes * size.Total,
            CentralityMeasure.Eigenvector => 6.0 * size.Total * iterations,
            CentralityMeasure.PageRank => 1.0 * size.Total * iterations,
            _ => AllPairs(size),
        };
    }

    /// <summary>
    /// Whether an analysis that can run as a background job (centrality; the all-pairs part of networkMetrics) does, for
    /// an estimate of <paramref name="nanoseconds"/>: above <see cref="JobOptions.RunAsJobAbove"/>. The resolvers ask this
    /// with the same estimates the price uses, so a field priced as a job start is answered with a job.
    /// </summary>
    public static bool RunsAsJob(double nanoseconds, JobOptions? jobs) =>
        jobs is not null && nanoseconds > jobs.RunAsJobAbove.Ticks * 100.0;

    /// <summary>What a field costs the request: its estimate, or one unit (starting or joining a job) when it runs as a job.</summary>
    private static double InRequest(double nanoseconds, JobOptions? jobs) => RunsAsJob(nanoseconds, jobs) ? NanosecondsPerUnit : nanoseconds;

    /// <summary>The price in units for an estimate in nanoseconds: at least 1, so every analysis counts.</summary>
    public static double Units(double nanoseconds) => Math.Max(1, Math.Ceiling(nanoseconds / NanosecondsPerUnit));

    /// <summary>
    /// equityLens's <c>measures</c>, or its defaults. The complexity analyzer hands a list argument over as an array of
    /// the parsed enum values, which GetArgument cannot convert to a typed list.
    /// </summary>
    private static IEnumerable<CentralityMeasure> Measures(FieldImpactContext context) =>
        context.GetArgument<object?>("measures", null) is IEnumerable<object?> values
            ? values.OfType<CentralityMeasure>()
            : EquityOptions.DefaultMeasures;

    /// <summary>The sampled sources the equity lens's default uses for <paramref name="measure"/> (betweenness on a large projection); null when exact.</summary>
    private static int? EquitySample(CentralityMeasure measure, ProjectionSize organizations) =>
        measure == CentralityMeasure.Betweenness && organizations.Nodes > 0
            ? EquityLens.SampledSources((int)Math.Min(organizations.Nodes, int.MaxValue), new EquityOptions())
            : null;

    /// <summary>Estimated nanoseconds of compare: its two sides, each measured on ORGANIZATIONS (<see cref="Compare"/>).</summary>
    public static double Comparison(ProjectionSize organizations)
    {
        ArgumentNullException.ThrowIfNull(organizations);
        return 2 * Compare(organizations);
    }

    /// <summary>
    /// One side of compare on ORGANIZATIONS: the equity lens's defaults, reinforcement, the cheap metrics, Louvain,
    /// betweenness (sampled as the equity lens's above 5,000 organizations) and two all-pairs searches (the average
    /// path and the backbone dependence). Sides are resolved on the sizes of the stored network.
    /// </summary>
    private static double Compare(ProjectionSize organizations) =>
        EquityOptions.DefaultMeasures.Sum(m => Centrality(m, organizations, EquitySample(m, organizations), null)) + 200.0 * organizations.Total
        + Centrality(CentralityMeasure.Betweenness, organizations, EquitySample(CentralityMeasure.Betweenness, organizations), null)
        + (14_000.0 + 4_000.0 + 200.0) * organizations.Total
        + 2 * AllPairs(organizations);

    /// <summary>A breadth-first search from every node: n·s visits at about 0.5 ns each (bitset frontiers, 2 cores).</summary>
    public static double AllPairs(ProjectionSize size)
    {
        ArgumentNullException.ThrowIfNull(size);
        return 0.5 * size.Nodes * size.Total;
    }

    /// <summary>Brokerage with at most <paramref name="top"/> recommendations: no more than there are pairs of organizations.</summary>
    private static double Brokerage(int top, ProjectionSize organizations) =>
        7_000.0 * organizations.Total
        + 5.0 * Math.Clamp(top, 0, organizations.Nodes * (organizations.Nodes - 1) / 2.0) * organizations.Total;
}
