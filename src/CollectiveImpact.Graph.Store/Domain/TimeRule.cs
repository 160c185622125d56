namespace CollectiveImpact.Graph.Store.Domain;

/// <summary>
/// What counts on a date: the one statement of the rule in network-format.md, section <i>Time</i>, for every
/// projection, analysis and comparison to read the network <b>as of</b> a date the same way.
/// </summary>
/// <remarks>
/// <para>Definition (spec, verbatim in substance): a tie counts on <c>d</c> when (<c>since</c> is null or
/// <c>since ≤ d</c>) and (<c>until</c> is null or <c>d ≤ until</c>); an activity the same with <c>start</c>/<c>end</c>;
/// organizations and people the same with their optional <c>since</c>/<c>until</c>. Both bounds are inclusive: a tie
/// with <c>until = 2025-06-30</c> counts on 2025-06-30 and not on 2025-07-01. A measurement counts when
/// <c>date ≤ d</c>. Goals and indicators have no dates and always count.</para>
/// <para>Dates are calendar dates without a zone (<see cref="DateOnly"/>); which day "today" is belongs to the
/// caller (the API uses its clock's UTC date), so this rule stays pure.</para>
/// </remarks>
public static class TimeRule
{
    /// <summary>True when <paramref name="date"/> lies within [<paramref name="from"/>, <paramref name="to"/>], a null bound being open.</summary>
    public static bool CountsOn(DateOnly? from, DateOnly? to, DateOnly date) =>
        (from is not { } start || start <= date) && (to is not { } end || date <= end);

    public static bool CountsOn(this Tie tie, DateOnly date) => CountsOn(tie.Since, tie.Until, date);

    public static bool CountsOn(this Activity activity, DateOnly date) => CountsOn(activity.Start, activity.End, date);

    public static bool CountsOn(this Organization organization, DateOnly date) => CountsOn(organization.Since, organization.Until, date);

    public static bool CountsOn(this Person person, DateOnly date) => CountsOn(person.Since, person.Until, date);

    public static bool CountsOn(this Measurement measurement, DateOnly date) => measurement.Date <= date;

    /// <summary>
    /// The network as of <paramref name="date"/>: only what counts on that date, in document order.
    /// </summary>
    /// <remarks>
    /// "One that does not count on d is not a node on d, and nothing attached to it counts" (spec). Read here as:
    /// an organization or person that does not count is removed, and so is every tie touching it, its place as an
    /// activity's partner, a person's membership of it (<see cref="Person.Organization"/> becomes null) and its role
    /// as the initiative's backbone (null). An activity that does not count is removed with the ties touching it; so
    /// is an activity whose lead does not count, because an activity has exactly one lead (the format requires it)
    /// and its lead edge is what attaches it to the network. Measurements after the date are removed; those kept
    /// still count, but a reporter that does not count is no longer named (<see cref="Measurement.ReportedBy"/> null).
    /// Goals, indicators and commitments to goals have no dates and stay.
    /// </remarks>
    public static Network AsOf(Network network, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(network);
        var organizations = network.Organizations.Where(o => o.CountsOn(date)).ToList();
        var counting = organizations.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        var people = network.People
            .Where(p => p.CountsOn(date))
            .Select(p => p.Organization is { } member && !counting.Contains(member) ? p with { Organization = null } : p)
            .ToList();
        var activities = network.Activities
            .Where(a => a.CountsOn(date) && counting.Contains(a.Lead))
            .Select(a => a.Partners.All(counting.Contains) ? a : a with { Partners = [.. a.Partners.Where(counting.Contains)] })
            .ToList();

        var nodes = new HashSet<string>(counting, StringComparer.Ordinal);
        nodes.UnionWith(people.Select(p => p.Id));
        nodes.UnionWith(activities.Select(a => a.Id));
        var ties = network.Ties.Where(t => t.CountsOn(date) && Attached(t.From) && Attached(t.To)).ToList();

        var initiative = network.Initiative is { Backbone: { } backbone } i && !counting.Contains(backbone)
            ? i with { Backbone = null }
            : network.Initiative;
        return new Network(
            initiative,
            network.Goals,
            network.Indicators,
            [.. network.Measurements.Where(m => m.CountsOn(date))
                .Select(m => m.ReportedBy is { } reporter && !counting.Contains(reporter) ? m with { ReportedBy = null } : m)],
            organizations,
            people,
            activities,
            ties);

        // Ties may only join organizations, people and activities (TieRules); an id that names none of those on this
        // date is a node that does not count.
        bool Attached(string id) => nodes.Contains(id);
    }
}
