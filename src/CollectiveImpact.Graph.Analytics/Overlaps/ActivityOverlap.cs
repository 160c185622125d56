using CollectiveImpact.Graph.Analytics.Agenda;
using CollectiveImpact.Graph.Analytics.Projections;

namespace CollectiveImpact.Graph.Analytics.Overlaps;

/// <summary>
/// Two activities with different leads doing much the same thing (analyses.md §3); <see cref="ActivityA"/> is
/// before <see cref="ActivityB"/> in ordinal id order.
/// </summary>
/// <param name="ActivityA">The first activity's id (ordinal order).</param>
/// <param name="ActivityB">The second activity's id.</param>
/// <param name="LeadA">The first activity's lead organization.</param>
/// <param name="LeadB">The second activity's lead organization.</param>
/// <param name="Similarity">Jaccard similarity of their indicator sets.</param>
/// <param name="SharedIndicators">The indicators both move, by id.</param>
/// <param name="SharedPopulations">The populations both list (empty when either lists none).</param>
/// <param name="SharedPlaces">The places both list (empty when either lists none).</param>
/// <param name="Status">COORDINATED when any reason holds, else UNCOORDINATED.</param>
/// <param name="Reasons">Why the pair is coordinated, in <see cref="CoordinationReason"/> order; empty when uncoordinated.</param>
/// <param name="LeadRelations">What joins the leads in the ORGANIZATIONS projection; empty when nothing does.</param>
/// <param name="Flows">The FEEDS_INTO ties between the two activities, either way.</param>
/// <param name="SharedPartners">The partner organizations both activities have.</param>
/// <param name="Message">A sentence saying what they share and what (if anything) coordinates them.</param>
public sealed record ActivityOverlap(
    string ActivityA,
    string ActivityB,
    string LeadA,
    string LeadB,
    double Similarity,
    IReadOnlyList<string> SharedIndicators,
    IReadOnlyList<string> SharedPopulations,
    IReadOnlyList<string> SharedPlaces,
    OverlapStatus Status,
    IReadOnlyList<CoordinationReason> Reasons,
    IReadOnlyList<EdgeRelation> LeadRelations,
    IReadOnlyList<ActivityFlow> Flows,
    IReadOnlyList<string> SharedPartners,
    string Message);
