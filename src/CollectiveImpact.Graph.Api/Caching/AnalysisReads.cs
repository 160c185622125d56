using CollectiveImpact.Graph.Analytics.Projections;

namespace CollectiveImpact.Graph.Api.Caching;

/// <summary>
/// What one analysis reads of a network version: the projections and the parts of the network. Its cache key carries
/// their fingerprints (<see cref="NetworkFingerprints"/>), so a write that changes none of them leaves its cached
/// results valid.
/// </summary>
/// <remarks>
/// <para>Declared per analysis here, in one table, from the code paths each one takes. The graph measures
/// (centrality, communities, cut points, network metrics, structural holes) read only the projection they are asked
/// for; the equity lens only ORGANIZATIONS; indicator progress the indicators and measurements. The agenda analyses
/// read ORGANIZATIONS and, through the agenda index, these lists of the network (the index is built from all of them,
/// but what an analysis's result depends on is what it looks up):</para>
/// <list type="bullet">
/// <item>gaps: the initiative (its backbone, named in sentences), goals, indicators, measurements (recent data, on
/// track), organizations (their goals, names), activities. Not the FEEDS_INTO ties, people, or any description.</item>
/// <item>overlaps: indicators (names), organizations (names), activities, the FEEDS_INTO ties. Not goals,
/// measurements or the initiative.</item>
/// <item>reinforcement: goals (id, name), indicators (which goal each measures), organizations (names), activities,
/// the FEEDS_INTO ties. Not measurements or the initiative.</item>
/// <item>brokerage: the initiative (the backbone who can introduce), goals, indicators, organizations (committed goals,
/// names), activities (populations, places). Not measurements or the FEEDS_INTO ties.</item>
/// <item>what-if: what brokerage reads, and the FEEDS_INTO ties (its reinforcement index).</item>
/// </list>
/// <para>None reads people, descriptions, or the ties beyond the projection and FEEDS_INTO (a tie's weight or dates
/// reach no ORGANIZATIONS projection). A part is a whole list: a change anywhere in a list an analysis reads
/// invalidates it, even a field it does not look at (an activity's dates, say): conservative.</para>
/// <para>An analysis not in the table has no <see cref="AnalysisReads"/>: its key carries the network version, as
/// every key did before, so a new analysis is never served a result its author did not declare valid.</para>
/// <para>Time (issue 15) joins as one more component of the key's fingerprint: the date a result is as of.</para>
/// </remarks>
public sealed record AnalysisReads(IReadOnlyList<ProjectionKind> Projections, IReadOnlyList<NetworkPart> Parts)
{
    private static readonly ProjectionKind[] Organizations = [ProjectionKind.Organizations];

    /// <summary>What <paramref name="analysis"/> reads when asked for <paramref name="projection"/>; null when not declared.</summary>
    public static AnalysisReads? Of(string analysis, ProjectionKind? projection) => analysis switch
    {
        "centrality" or "communities" or "cutPoints" or "networkMetrics" or "structuralHoles" when projection is { } kind =>
            new([kind], []),
        // Names come from goals, organizations (sectors) and activities (places, leads); people give their organization.
        "communityOverview" when projection is { } kind =>
            new([kind], [NetworkPart.Goals, NetworkPart.Indicators, NetworkPart.Organizations, NetworkPart.People, NetworkPart.Activities]),
        "equityLens" => new(Organizations, []),
        "indicatorProgress" => new([], [NetworkPart.Indicators, NetworkPart.Measurements]),
        "gaps" => new(Organizations, [
            NetworkPart.Initiative, NetworkPart.Goals, NetworkPart.Indicators, NetworkPart.Measurements, NetworkPart.Organizations, NetworkPart.Activities]),
        "overlaps" => new(Organizations, [NetworkPart.Indicators, NetworkPart.Organizations, NetworkPart.Activities, NetworkPart.FeedsInto]),
        "reinforcement" => new(Organizations, [
            NetworkPart.Goals, NetworkPart.Indicators, NetworkPart.Organizations, NetworkPart.Activities, NetworkPart.FeedsInto]),
        "brokerage" => new(Organizations, [
            NetworkPart.Initiative, NetworkPart.Goals, NetworkPart.Indicators, NetworkPart.Organizations, NetworkPart.Activities]),
        "whatIf" => new(Organizations, [
            NetworkPart.Initiative, NetworkPart.Goals, NetworkPart.Indicators, NetworkPart.Organizations, NetworkPart.Activities, NetworkPart.FeedsInto]),
        _ => null,
    };
}
