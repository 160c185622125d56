using CollectiveImpact.Graph.Store.Documents;
using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Storage;
using static CollectiveImpact.Graph.Store.Neo4j.Neo4jRowMapping;

namespace CollectiveImpact.Graph.Store.Neo4j;

/// <summary>
/// The read statements, run through a runner: an implicit transaction each, or inside the caller's explicit one
/// (the whole network under the write lock). Pages come in key order; the snapshot in the order entries were first
/// written.
/// </summary>
internal sealed class Neo4jNetworkReader(CypherCatalog catalog, IQueryRunner runner)
{
    public async Task<long> ReadVersionAsync(CancellationToken cancellationToken)
    {
        var result = await runner.RunAsync(Query.Of(catalog.Statement(CypherFiles.Version)), cancellationToken).ConfigureAwait(false);
        return result.Rows.Count == 0
            ? throw new InvalidOperationException("The Neo4j database has no (:NetworkMeta {key: 'network'}) node; the store's schema was not applied.")
            : Integer(result.Single("version"));
    }

    /// <summary>The whole network. Consistent only when run in a transaction holding the write lock.</summary>
    public async Task<Network> ReadNetworkAsync(CancellationToken cancellationToken)
    {
        var nodes = await RunAsync(CypherFiles.AllNodes, cancellationToken).ConfigureAwait(false);
        var measurements = await RunAsync(CypherFiles.AllMeasurements, cancellationToken).ConfigureAwait(false);
        var ties = await RunAsync(CypherFiles.AllTies, cancellationToken).ConfigureAwait(false);
        var byKind = nodes.Rows.Select(row => Node(Map(row[0]))).ToLookup(n => n.Kind);
        return new Network(
            byKind[NodeKind.Initiative].Cast<Initiative>().FirstOrDefault(),
            byKind[NodeKind.Goal].Cast<Goal>().ToList(),
            byKind[NodeKind.Indicator].Cast<Indicator>().ToList(),
            measurements.Rows.Select(row => Measurement(Map(row[0]))).ToList(),
            byKind[NodeKind.Organization].Cast<Organization>().ToList(),
            byKind[NodeKind.Person].Cast<Person>().ToList(),
            byKind[NodeKind.Activity].Cast<Activity>().ToList(),
            ties.Rows.Select(row => Tie(Map(row[0]))).ToList());
    }

    public async Task<Initiative?> ReadInitiativeAsync(CancellationToken cancellationToken)
    {
        var result = await RunAsync(CypherFiles.Initiative, cancellationToken).ConfigureAwait(false);
        return result.Rows.Select(row => Initiative(Map(row[0]))).FirstOrDefault();
    }

    /// <summary>The nodes with these ids, in the order first asked for; unknown ids are left out.</summary>
    public async Task<IReadOnlyList<INetworkNode>> ReadNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            return [];
        }

        var result = await runner.RunAsync(Query.Of(catalog.Statement(CypherFiles.NodesById), ("ids", wanted)), cancellationToken)
            .ConfigureAwait(false);
        var found = result.Rows.Select(row => Node(Map(row[0]))).ToDictionary(n => n.Id, StringComparer.Ordinal);
        return wanted.Where(found.ContainsKey).Select(id => found[id]).ToList();
    }

    public Task<Page<Goal>> ListGoalsAsync(GoalFilter filter, PageRequest page, CancellationToken cancellationToken) =>
        ListNodesAsync(CypherFiles.ListGoals, page, Goal, cancellationToken, ("nameContains", filter.NameContains));

    public Task<Page<Indicator>> ListIndicatorsAsync(IndicatorFilter filter, PageRequest page, CancellationToken cancellationToken) =>
        ListNodesAsync(CypherFiles.ListIndicators, page, Indicator, cancellationToken,
            ("goals", AnyOf(filter.Goals)), ("nameContains", filter.NameContains));

    public Task<Page<Organization>> ListOrganizationsAsync(OrganizationFilter filter, PageRequest page, CancellationToken cancellationToken) =>
        ListNodesAsync(CypherFiles.ListOrganizations, page, Organization, cancellationToken,
            ("sectors", AnyOf(filter.Sectors?.Select(NetworkFormat.Name))),
            ("goals", AnyOf(filter.Goals)),
            ("communityLed", filter.CommunityLed),
            ("nameContains", filter.NameContains));

    public Task<Page<Person>> ListPeopleAsync(PersonFilter filter, PageRequest page, CancellationToken cancellationToken) =>
        ListNodesAsync(CypherFiles.ListPeople, page, Person, cancellationToken,
            ("organizations", AnyOf(filter.Organizations)), ("nameContains", filter.NameContains));

    public Task<Page<Activity>> ListActivitiesAsync(ActivityFilter filter, PageRequest page, CancellationToken cancellationToken) =>
        ListNodesAsync(CypherFiles.ListActivities, page, Activity, cancellationToken,
            ("goals", AnyOf(filter.Goals)),
            ("indicators", AnyOf(filter.Indicators)),
            ("statuses", AnyOf(filter.Statuses?.Select(NetworkFormat.Name))),
            ("organizations", AnyOf(filter.Organizations)),
            ("nameContains", filter.NameContains));

    public async Task<Page<Tie>> ListTiesAsync(TieFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        TieKey? after = page.After is null ? null : StoreRules.ParseTieCursor(page.After);
        var query = Query.Of(
            catalog.Statement(CypherFiles.ListTies),
            ("types", AnyOf(filter.Types?.Select(NetworkFormat.Name))),
            ("nodes", AnyOf(filter.Nodes)),
            ("afterFrom", after?.From),
            ("afterTo", after?.To),
            ("afterType", after is { } key ? NetworkFormat.Name(key.Type) : null),
            ("limit", Limit(page)));
        var result = await runner.RunAsync(query, cancellationToken).ConfigureAwait(false);
        return ToPage(result, page, Tie);
    }

    /// <summary>Measurements of these indicators, by indicator then date.</summary>
    public async Task<IReadOnlyList<Measurement>> ListMeasurementsAsync(IReadOnlyCollection<string> indicatorIds, CancellationToken cancellationToken)
    {
        if (indicatorIds.Count == 0)
        {
            return [];
        }

        var result = await runner.RunAsync(
            Query.Of(catalog.Statement(CypherFiles.MeasurementsOfIndicators), ("indicators", indicatorIds.Distinct(StringComparer.Ordinal).ToList())),
            cancellationToken).ConfigureAwait(false);

        // Neo4j orders strings by code point; the port promises ordinal (UTF-16) order, which differs only past U+FFFF.
        return result.Rows.Select(row => Measurement(Map(row[0])))
            .OrderBy(m => m.Indicator, StringComparer.Ordinal)
            .ThenBy(m => m.Date)
            .ToList();
    }

    /// <summary>Lists are sent as they are: null means "no criterion", an empty list matches nothing.</summary>
    private static List<string>? AnyOf(IEnumerable<string>? values) => values?.ToList();

    // One more than asked for tells whether a next page exists.
    private static int? Limit(PageRequest page) => page.First + 1;

    private static Page<T> ToPage<T>(QueryResult result, PageRequest page, Func<IReadOnlyDictionary<string, object?>, T> map)
    {
        var total = checked((int)Integer(result.Single("total")));
        var items = result.Single("items") as IReadOnlyList<object?> ?? throw new FormatException("A page's items are not a list.");
        return StoreRules.ToPage(items.Select(item => map(Map(item))).ToList(), page, total);
    }

    private Task<QueryResult> RunAsync(string file, CancellationToken cancellationToken) =>
        runner.RunAsync(Query.Of(catalog.Statement(file)), cancellationToken);

    private async Task<Page<T>> ListNodesAsync<T>(
        string file, PageRequest page, Func<IReadOnlyDictionary<string, object?>, T> map, CancellationToken cancellationToken,
        params (string Name, object? Value)[] filter)
    {
        var query = Query.Of(catalog.Statement(file), [.. filter, ("after", page.After), ("limit", Limit(page))]);
        var result = await runner.RunAsync(query, cancellationToken).ConfigureAwait(false);
        return ToPage(result, page, map);
    }
}
