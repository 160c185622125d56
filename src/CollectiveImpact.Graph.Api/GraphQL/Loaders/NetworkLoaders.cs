using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Storage;

namespace CollectiveImpact.Graph.Api.GraphQL.Loaders;

/// <summary>
/// The request's batch loaders: every relation in the schema goes through one of these, so a list of N parents
/// with their children costs one store call per relation, not one per parent. Child loaders fetch every child of
/// every parent (<see cref="PageRequest.All"/>); the field then slices one parent's page.
/// </summary>
public sealed class NetworkLoaders
{
    public NetworkLoaders(INetworkStore store)
    {
        Nodes = new(async (ids, ct) =>
            (await store.GetNodesAsync(ids, ct)).ToDictionary(n => n.Id, StringComparer.Ordinal));

        IndicatorsByGoal = Grouped<Indicator>(
            async (goals, ct) => (await store.ListIndicatorsAsync(new IndicatorFilter(Goals: goals), PageRequest.All, ct)).Items,
            indicator => [indicator.Goal]);

        OrganizationsByGoal = Grouped<Organization>(
            async (goals, ct) => (await store.ListOrganizationsAsync(new OrganizationFilter(Goals: goals), PageRequest.All, ct)).Items,
            organization => organization.Goals);

        ActivitiesByGoal = new(async (goals, ct) =>
        {
            // An activity reaches a goal through its indicators: find which goal each indicator measures first.
            var indicators = (await store.ListIndicatorsAsync(new IndicatorFilter(Goals: goals), PageRequest.All, ct)).Items;
            var goalOf = indicators.ToDictionary(i => i.Id, i => i.Goal, StringComparer.Ordinal);
            var activities = goalOf.Count == 0
                ? []
                : (await store.ListActivitiesAsync(new ActivityFilter(Indicators: goalOf.Keys), PageRequest.All, ct)).Items;
            return Group(goals, activities, a => a.Indicators.Where(goalOf.ContainsKey).Select(i => goalOf[i]));
        });

        ActivitiesByIndicator = Grouped<Activity>(
            async (indicators, ct) => (await store.ListActivitiesAsync(new ActivityFilter(Indicators: indicators), PageRequest.All, ct)).Items,
            activity => activity.Indicators);

        ActivitiesByOrganization = Grouped<Activity>(
            async (organizations, ct) => (await store.ListActivitiesAsync(new ActivityFilter(Organizations: organizations), PageRequest.All, ct)).Items,
            activity => activity.Partners.Prepend(activity.Lead));

        PeopleByOrganization = Grouped<Person>(
            async (organizations, ct) => (await store.ListPeopleAsync(new PersonFilter(Organizations: organizations), PageRequest.All, ct)).Items,
            person => person.Organization is null ? [] : [person.Organization]);

        MeasurementsByIndicator = Grouped<Measurement>(
            async (indicators, ct) => await store.ListMeasurementsAsync(indicators, ct),
            measurement => [measurement.Indicator]);

        TiesByNode = Grouped<Tie>(
            async (nodes, ct) => (await store.ListTiesAsync(new TieFilter(Nodes: nodes), PageRequest.All, ct)).Items,
            tie => [tie.From, tie.To]);
    }

    /// <summary>Any node by id (null when none has it).</summary>
    public BatchLoader<string, INetworkNode> Nodes { get; }

    public BatchLoader<string, IReadOnlyList<Indicator>> IndicatorsByGoal { get; }

    /// <summary>The organizations committed to each goal.</summary>
    public BatchLoader<string, IReadOnlyList<Organization>> OrganizationsByGoal { get; }

    /// <summary>The activities moving any indicator of each goal.</summary>
    public BatchLoader<string, IReadOnlyList<Activity>> ActivitiesByGoal { get; }

    public BatchLoader<string, IReadOnlyList<Activity>> ActivitiesByIndicator { get; }

    /// <summary>The activities each organization leads or partners on.</summary>
    public BatchLoader<string, IReadOnlyList<Activity>> ActivitiesByOrganization { get; }

    public BatchLoader<string, IReadOnlyList<Person>> PeopleByOrganization { get; }

    /// <summary>Each indicator's measurements, by date.</summary>
    public BatchLoader<string, IReadOnlyList<Measurement>> MeasurementsByIndicator { get; }

    /// <summary>The ties touching each node, at either end.</summary>
    public BatchLoader<string, IReadOnlyList<Tie>> TiesByNode { get; }

    private static BatchLoader<string, IReadOnlyList<T>> Grouped<T>(
        Func<IReadOnlyCollection<string>, CancellationToken, Task<IReadOnlyList<T>>> fetchAll,
        Func<T, IEnumerable<string>> parentsOf) =>
        new(async (keys, ct) => Group(keys, await fetchAll(keys, ct), parentsOf));

    /// <summary>Every key gets a list (empty when it has no children); children keep the store's order.</summary>
    private static IReadOnlyDictionary<string, IReadOnlyList<T>> Group<T>(
        IReadOnlyCollection<string> keys, IEnumerable<T> children, Func<T, IEnumerable<string>> parentsOf)
    {
        var groups = keys.ToDictionary(k => k, _ => new List<T>(), StringComparer.Ordinal);
        foreach (var child in children)
        {
            foreach (var parent in parentsOf(child).Distinct(StringComparer.Ordinal))
            {
                if (groups.TryGetValue(parent, out var list))
                {
                    list.Add(child);
                }
            }
        }

        return groups.ToDictionary(g => g.Key, g => (IReadOnlyList<T>)g.Value, StringComparer.Ordinal);
    }
}
