using CollectiveImpact.Graph.Analytics.Centrality;
using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Api.Services.Analyses;
using CollectiveImpact.Graph.Store.Documents;
using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Api.Services.Exports;

/// <summary>
/// The collective impact findings as tables for a report (<see cref="FindingsTable"/>): the gaps, the overlapping
/// activities, the unreinforced pairs of activities per goal, the brokerage recommendations and a centrality ranking,
/// each computed through <see cref="AnalysisRunner"/> with the same defaults as its GraphQL field (so cached and
/// shared with it), ids beside names, and the sentence the analysis writes for each finding.
/// </summary>
public sealed class FindingsExporter(AnalysisRunner runner, ProjectionProvider projections, AsOfViews views)
{
    /// <summary>The findings offered, by the name their file takes: gaps.csv, brokerage.xlsx, …</summary>
    public static IReadOnlyList<string> Names { get; } = ["gaps", "overlaps", "reinforcement", "brokerage", "centrality"];

    public async Task<FindingsTable> GapsAsync(DateOnly? asOf, CancellationToken cancellationToken)
    {
        var date = asOf ?? runner.Today;
        var run = await runner.RunAsync(new GapsAnalysis(date, 365, Goal: null, Kinds: null), date, cancellationToken);
        var network = await views.StoredAsOfAsync(projections, date, cancellationToken);
        return new FindingsTable(
            "Gaps",
            run.AsOf,
            run.NetworkVersion,
            ["Kind", "Ids", "Names", "Finding"],
            [.. run.Result.Findings.Select(f => Row(
                ExportNames.Constant(f.Kind),
                string.Join("; ", f.NodeIds),
                string.Join("; ", f.NodeIds.Select(id => NameOf(network, id))),
                f.Message))]);
    }

    public async Task<FindingsTable> OverlapsAsync(DateOnly? asOf, CancellationToken cancellationToken)
    {
        var run = await runner.RunAsync(new OverlapsAnalysis(0.5, Coordination: null), asOf, cancellationToken);
        return new FindingsTable(
            "Overlaps",
            run.AsOf,
            run.NetworkVersion,
            ["Activity A", "Activity A name", "Lead A", "Activity B", "Activity B name", "Lead B", "Similarity", "Status",
                "Shared indicators", "Shared populations", "Shared places", "Shared partners", "Finding"],
            [.. run.Result.Overlaps.Select(o => Row(
                o.ActivityA, o.SideA.Name, o.SideA.LeadName, o.ActivityB, o.SideB.Name, o.SideB.LeadName, o.Similarity,
                ExportNames.Constant(o.Status), string.Join("; ", o.SharedIndicatorNames), string.Join("; ", o.SharedPopulations),
                string.Join("; ", o.SharedPlaces), string.Join("; ", o.SharedPartnerNames), o.Message))]);
    }

    public async Task<FindingsTable> ReinforcementAsync(DateOnly? asOf, CancellationToken cancellationToken)
    {
        var run = await runner.RunAsync(new ReinforcementAnalysis(), asOf, cancellationToken);
        return new FindingsTable(
            "Reinforcement",
            run.AsOf,
            run.NetworkVersion,
            ["Goal", "Goal name", "Goal index", "Activity A", "Activity A name", "Lead A", "Activity B", "Activity B name", "Lead B", "Finding"],
            [.. run.Result.Goals.SelectMany(g => g.UnreinforcedPairs.Select(p => Row(
                g.Goal, g.Name, g.Index, p.A.Id, p.A.Name, p.A.LeadName, p.B.Id, p.B.Name, p.B.LeadName, p.Message)))]);
    }

    public async Task<FindingsTable> BrokerageAsync(int top, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var date = asOf ?? runner.Today;
        var run = await runner.RunAsync(new BrokerageAnalysis(top, 42), date, cancellationToken);
        var network = await views.StoredAsOfAsync(projections, date, cancellationToken);
        return new FindingsTable(
            "Brokerage",
            run.AsOf,
            run.NetworkVersion,
            ["Rank", "Organization A", "Organization A name", "Organization B", "Organization B name", "Score", "Shared goals",
                "Shared indicators", "Shared populations", "Shared places", "Distance", "Different communities", "Backbone tied to both", "Why"],
            [.. run.Result.Recommendations.Select(r => Row(
                r.Rank, r.OrganizationA, NameOf(network, r.OrganizationA), r.OrganizationB, NameOf(network, r.OrganizationB), r.Score,
                string.Join("; ", r.SharedGoals.Select(id => NameOf(network, id))), string.Join("; ", r.SharedIndicators.Select(id => NameOf(network, id))),
                string.Join("; ", r.SharedPopulations), string.Join("; ", r.SharedPlaces), r.Distance, r.DifferentCommunities, r.BackboneTiedToBoth, r.Message))]);
    }

    /// <summary>
    /// Every node of the projection ranked by the measure (one of <see cref="GraphFileExporter.Offered"/>). A person the
    /// caller may not see keeps the row with its id, as the GraphQL ranking does, but no name.
    /// </summary>
    public async Task<FindingsTable> CentralityAsync(
        ProjectionKind projection, CentralityMeasure measure, DateOnly? asOf, Func<INetworkNode, bool> canSee, CancellationToken cancellationToken)
    {
        GraphFileExporter.RequireOffered([measure], "measure");
        var date = asOf ?? runner.Today;
        var run = await runner.RunAsync(new CentralityAnalysis(projection, measure, Top: null, Normalized: true, Weighted: null, Sample: null), date, cancellationToken);
        var network = await views.StoredAsOfAsync(projections, date, cancellationToken);
        return new FindingsTable(
            "Centrality",
            run.AsOf,
            run.NetworkVersion,
            ["Rank", "Id", "Name", "Kind", ExportNames.Constant(measure)],
            [.. run.Result.Select(r =>
            {
                var node = network.FindNode(r.Id);
                return Row(r.Rank, r.Id, node is not null && canSee(node) ? node.Name : null, node is null ? null : NetworkFormat.Name(node.Kind), r.Score);
            })]);
    }

    private static string NameOf(ProjectedNetwork network, string id) => network.FindNode(id)?.Name ?? id;

    private static IReadOnlyList<object?> Row(params object?[] cells) => cells;
}
