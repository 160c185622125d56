using CollectiveImpact.Graph.Analytics.Execution;
using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Analytics.Agenda;

/// <summary>
/// The lookups the collective impact analyses (gaps, overlaps, reinforcement, brokerage) share: who does what
/// toward which goal, built once per network in O(size of the network). Lists are in ordinal id order so every
/// analysis that walks them is deterministic.
/// </summary>
/// <remarks>
/// The analyses read a stored network, which the store has validated; a dangling reference here is still
/// reported as an <see cref="ArgumentException"/> naming it, rather than silently ignored.
/// </remarks>
internal sealed class AgendaIndex
{
    private static readonly IReadOnlyList<string> None = [];

    private readonly Dictionary<string, INetworkNode> nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> indicatorsOfGoal = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> activitiesOfIndicator = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> committedToGoal = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> activitiesOfOrganization = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Measurement>> measurementsOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> goalsOfActivity = new(StringComparer.Ordinal);
    private readonly HashSet<(string From, string To)> feedsInto = [];

    private AgendaIndex(Network network, CancellationToken cancellationToken)
    {
        // Building takes 100–200 ms of CPU on a 20,000-organization network (100,000 nodes and ties): too long to
        // leave unchecked, so every loop counts its steps toward the same checkpoint.
        long step = 0;
        Network = network;
        foreach (var node in network.Nodes())
        {
            Checkpoint.Every(++step, cancellationToken);
            if (!nodes.TryAdd(node.Id, node))
            {
                throw Invalid($"id '{node.Id}' is used twice.");
            }
        }

        foreach (var indicator in network.Indicators)
        {
            Require(indicator.Goal, NodeKind.Goal, $"indicator '{indicator.Id}' measures goal");
            Add(indicatorsOfGoal, indicator.Goal, indicator.Id);
        }

        foreach (var organization in network.Organizations)
        {
            Checkpoint.Every(++step, cancellationToken);
            foreach (var goal in organization.Goals.Distinct(StringComparer.Ordinal))
            {
                Require(goal, NodeKind.Goal, $"organization '{organization.Id}' commits to goal");
                Add(committedToGoal, goal, organization.Id);
            }
        }

        foreach (var activity in network.Activities)
        {
            Checkpoint.Every(++step, cancellationToken);
            Require(activity.Lead, NodeKind.Organization, $"activity '{activity.Id}' is led by");
            Add(activitiesOfOrganization, activity.Lead, activity.Id);
            foreach (var partner in activity.Partners.Distinct(StringComparer.Ordinal).Where(p => p != activity.Lead))
            {
                Require(partner, NodeKind.Organization, $"activity '{activity.Id}' has partner");
                Add(activitiesOfOrganization, partner, activity.Id);
            }

            var goals = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var indicator in activity.Indicators.Distinct(StringComparer.Ordinal))
            {
                Require(indicator, NodeKind.Indicator, $"activity '{activity.Id}' moves indicator");
                Add(activitiesOfIndicator, indicator, activity.Id);
                goals.Add(((Indicator)nodes[indicator]).Goal);
            }

            goalsOfActivity[activity.Id] = [.. goals];
        }

        foreach (var measurement in network.Measurements)
        {
            Checkpoint.Every(++step, cancellationToken);
            Require(measurement.Indicator, NodeKind.Indicator, "a measurement is of indicator");
            if (!measurementsOf.TryGetValue(measurement.Indicator, out var list))
            {
                measurementsOf[measurement.Indicator] = list = [];
            }

            list.Add(measurement);
        }

        foreach (var list in measurementsOf.Values)
        {
            list.Sort((a, b) => a.Date.CompareTo(b.Date));
        }

        foreach (var tie in network.Ties)
        {
            Checkpoint.Every(++step, cancellationToken);
            if (tie.Type != TieType.FeedsInto)
            {
                continue;
            }

            Require(tie.From, NodeKind.Activity, "a FEEDS_INTO tie starts at");
            Require(tie.To, NodeKind.Activity, "a FEEDS_INTO tie ends at");
            feedsInto.Add((tie.From, tie.To));
        }

        foreach (var list in indicatorsOfGoal.Values.Concat(activitiesOfIndicator.Values)
                     .Concat(committedToGoal.Values).Concat(activitiesOfOrganization.Values))
        {
            list.Sort(StringComparer.Ordinal);
        }

        Backbone = network.Initiative?.Backbone;
        if (Backbone is not null)
        {
            Require(Backbone, NodeKind.Organization, "the initiative's backbone is");
        }
    }

    public Network Network { get; }

    /// <summary>The backbone organization's id, or null when the initiative names none.</summary>
    public string? Backbone { get; }

    /// <summary>Every FEEDS_INTO tie as (from, to).</summary>
    public IReadOnlySet<(string From, string To)> FeedsInto => feedsInto;

    /// <summary>Indexes <paramref name="network"/>, looking at <paramref name="cancellationToken"/> every 1,024 nodes, ties and measurements.</summary>
    public static AgendaIndex Build(Network network, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(network);
        return new AgendaIndex(network, cancellationToken);
    }

    public string NameOf(string id) => nodes.TryGetValue(id, out var node) ? node.Name : id;

    public bool Has(string id, NodeKind kind) => nodes.TryGetValue(id, out var node) && node.Kind == kind;

    public Indicator Indicator(string id) => (Indicator)nodes[id];

    public Activity Activity(string id) => (Activity)nodes[id];

    public Organization Organization(string id) => (Organization)nodes[id];

    /// <summary>The indicators measuring <paramref name="goal"/>, by id.</summary>
    public IReadOnlyList<string> IndicatorsOf(string goal) => indicatorsOfGoal.GetValueOrDefault(goal) ?? None;

    /// <summary>The activities contributing to <paramref name="indicator"/>, by id.</summary>
    public IReadOnlyList<string> ActivitiesMoving(string indicator) => activitiesOfIndicator.GetValueOrDefault(indicator) ?? None;

    /// <summary>The organizations committed to <paramref name="goal"/>, by id.</summary>
    public IReadOnlyList<string> CommittedTo(string goal) => committedToGoal.GetValueOrDefault(goal) ?? None;

    /// <summary>The activities <paramref name="organization"/> leads or partners on, by id.</summary>
    public IReadOnlyList<string> ActivitiesOf(string organization) => activitiesOfOrganization.GetValueOrDefault(organization) ?? None;

    /// <summary>The goals an activity contributes to through its indicators, by id.</summary>
    public IReadOnlyList<string> GoalsOf(string activity) => goalsOfActivity.GetValueOrDefault(activity) ?? None;

    /// <summary>The measurements of <paramref name="indicator"/>, oldest first.</summary>
    public IReadOnlyList<Measurement> MeasurementsOf(string indicator) =>
        measurementsOf.TryGetValue(indicator, out var list) ? list : [];

    /// <summary>
    /// The goals an organization works on: those it committed to, plus those its activities reach through their
    /// indicators (analyses.md §5, "committed to, or reached through their activities' indicators").
    /// </summary>
    public IReadOnlyList<string> GoalsOfOrganization(string organization)
    {
        var goals = new SortedSet<string>(Organization(organization).Goals, StringComparer.Ordinal);
        foreach (var activity in ActivitiesOf(organization))
        {
            goals.UnionWith(GoalsOf(activity));
        }

        return [.. goals];
    }

    private static void Add(Dictionary<string, List<string>> map, string key, string value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }

    private static ArgumentException Invalid(string why) => new($"The network is not valid: {why}", "network");

    private void Require(string id, NodeKind kind, string what)
    {
        if (!nodes.TryGetValue(id, out var node))
        {
            throw Invalid($"{what} '{id}', which does not exist.");
        }

        if (node.Kind != kind)
        {
            throw Invalid($"{what} '{id}', which is a {node.Kind.ToString().ToLowerInvariant()}, not a {kind.ToString().ToLowerInvariant()}.");
        }
    }
}
