namespace CollectiveImpact.Graph.Analytics.Projections;

/// <summary>
/// What a projected edge stands for, so the network map can label it. One projected edge may collapse several:
/// <see cref="NetworkProjection.RelationsOf"/> lists them.
/// </summary>
public enum EdgeRelation
{
    /// <summary>A COLLABORATES tie (organization ↔ organization).</summary>
    Collaborates,

    /// <summary>A COMMUNICATES tie (organization ↔ organization or person ↔ person).</summary>
    Communicates,

    /// <summary>A FUNDS tie (organization → organization or activity).</summary>
    Funds,

    /// <summary>A REFERS tie (organization → organization).</summary>
    Refers,

    /// <summary>A SHARES_DATA tie (organization → organization).</summary>
    SharesData,

    /// <summary>A FEEDS_INTO tie (activity → activity).</summary>
    FeedsInto,

    /// <summary>A person belongs to an organization (<c>person.organization</c>). FULL only.</summary>
    MemberOf,

    /// <summary>An organization leads an activity (<c>activity.lead</c>). FULL only.</summary>
    Leads,

    /// <summary>An organization partners on an activity (<c>activity.partners</c>). FULL only.</summary>
    PartnersOn,

    /// <summary>An activity contributes to an indicator (<c>activity.indicators</c>). FULL only.</summary>
    Moves,

    /// <summary>An indicator measures a goal (<c>indicator.goal</c>). FULL only.</summary>
    Measures,

    /// <summary>An organization has committed to a goal (<c>organization.goals</c>). FULL only.</summary>
    CommittedTo,

    /// <summary>Both organizations lead or partner on one activity. ORGANIZATIONS only.</summary>
    SharedActivity,

    /// <summary>A person of one organization has a tie with a person of the other. ORGANIZATIONS only.</summary>
    PeopleTie,
}
