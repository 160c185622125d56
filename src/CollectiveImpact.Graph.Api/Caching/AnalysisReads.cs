using CollectiveImpact.Graph.Analytics.Projections;

namespace CollectiveImpact.Graph.Api.Caching;

/// <summary>
/// What one analysis reads of a network version: the projections and the parts of the network. Its cache key carries
/// their fingerprints (<see cref="NetworkFingerprints"/>), so a write that changes none of them leaves its cached
/// results valid.
/// </summary>
/// <remarks>
/// <para>Declared per analysis here, in one table, conservatively: where an analysis reads the network beyond its
/// projection, every part it could reach is listed. The graph measures (centrality, communities, cut points, network
/// metrics, structural holes) read only the projection they are asked for; the equity lens only ORGANIZATIONS;
/// indicator progress the indicators and measurements; gaps, overlaps, reinforcement, brokerage and what-if read
/// ORGANIZATIONS and, through the agenda index, the whole network (a goal's description included).</para>
/// <para>An analysis not in the table has no <see cref="AnalysisReads"/>: its key carries the network version, as
/// every key did before, so a new analysis is never served a result its author did not declare valid.</para>
/// <para>Time (issue 15) joins as one more component of the key's fingerprint: the date a result is as of.</para>
/// </remarks>
public sealed record AnalysisReads(IReadOnlyList<ProjectionKind> Projections, IReadOnlyList<NetworkPart> Parts)
{
    private static readonly NetworkPart[] Everything = Enum.GetValues<NetworkPart>();

    /// <summary>What <paramref name="analysis"/> reads when asked for <paramref name="projection"/>; null when not declared.</summary>
    public static AnalysisReads? Of(string analysis, ProjectionKind? projection) => analysis switch
    {
        "centrality" or "communities" or "cutPoints" or "networkMetrics" or "structuralHoles" when projection is { } kind =>
            new([kind], []),
        "equityLens" => new([ProjectionKind.Organizations], []),
        "indicatorProgress" => new([], [NetworkPart.Indicators, NetworkPart.Measurements]),
        "gaps" or "overlaps" or "reinforcement" or "brokerage" or "whatIf" => new([ProjectionKind.Organizations], Everything),
        _ => null,
    };
}
