using System.Text.Json.Serialization;
using CollectiveImpact.Graph.Analytics.Agenda;
using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Analytics.Reinforcement;

namespace CollectiveImpact.Graph.Analytics.Overlaps;

/// <summary>
/// Two activities with different leads doing much the same thing (analyses.md §3); <see cref="ActivityA"/> is
/// before <see cref="ActivityB"/> in ordinal id order.
/// </summary>
/// <remarks>
/// A 20,000-organization network has hundreds of thousands of overlaps, so an overlap keeps the names its sentence
/// uses (two <see cref="PairedActivity"/> records shared by every overlap of the activity, and the shared indicators'
/// and partners' names) and <see cref="Message"/> is written each time it is read, never stored: writing every sentence
/// up front was most of the analysis's 470 MiB of allocation. Plain data, so the record round-trips through
/// System.Text.Json as it is.
/// </remarks>
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
/// <param name="SideA">The first activity's id and name, and its lead's id and name.</param>
/// <param name="SideB">The same for the second activity.</param>
/// <param name="SharedIndicatorNames">The names of <paramref name="SharedIndicators"/>, in the same order.</param>
/// <param name="SharedPartnerNames">The names of <paramref name="SharedPartners"/>, in the same order.</param>
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
    PairedActivity SideA,
    PairedActivity SideB,
    IReadOnlyList<string> SharedIndicatorNames,
    IReadOnlyList<string> SharedPartnerNames)
{
    /// <summary>A sentence saying what they share and what (if anything) coordinates them; written on each read.</summary>
    [JsonIgnore]
    public string Message => OverlapSentence.Write(this);
}
