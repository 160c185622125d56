using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Storage;

namespace CollectiveImpact.Graph.Api.Services;

/// <summary>
/// The organization, person, tie and activity lists, and nodes by id, as of a date: the same filters and keyset paging as the store's lists
/// (<see cref="INetworkStore.ListTiesAsync"/>, <see cref="INetworkStore.ListActivitiesAsync"/>), over the network as of
/// the date from <see cref="AsOfViews"/>.
/// </summary>
/// <remarks>
/// Without a date the lists stay the store's: every entry with its dates, which is what a backbone editing the
/// network needs to see (an ended tie can still be corrected). The filters mean what the store's do: a list filter
/// matches any of its values, name search is case-insensitive, ties are in (from, to, type) order and activities in id
/// order, a cursor is the key of the last item. O(entries of the view) per page.
/// </remarks>
public sealed class AsOfLists(ProjectionProvider projections, AsOfViews views)
{
    public async Task<Page<Organization>> OrganizationsAsync(OrganizationFilter filter, PageRequest page, DateOnly asOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var network = await NetworkAsync(asOf, cancellationToken);
        var organizations = network.Organizations.Where(o =>
            (filter.Sectors is null || (o.Sector is { } sector && filter.Sectors.Contains(sector)))
            && (filter.Goals is null || o.Goals.Any(filter.Goals.Contains))
            && (filter.CommunityLed is null || o.CommunityLed == filter.CommunityLed)
            && (filter.NameContains is null || o.Name.Contains(filter.NameContains, StringComparison.OrdinalIgnoreCase)));
        return PageOf(organizations, page);
    }

    public async Task<Page<Person>> PeopleAsync(PersonFilter filter, PageRequest page, DateOnly asOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var network = await NetworkAsync(asOf, cancellationToken);
        var people = network.People.Where(p =>
            (filter.Organizations is null || (p.Organization is { } member && filter.Organizations.Contains(member)))
            && (filter.NameContains is null || p.Name.Contains(filter.NameContains, StringComparison.OrdinalIgnoreCase)));
        return PageOf(people, page);
    }

    public async Task<Page<Tie>> TiesAsync(TieFilter filter, PageRequest page, DateOnly asOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var network = await NetworkAsync(asOf, cancellationToken);
        var ties = network.Ties.Where(t =>
            (filter.Types is null || filter.Types.Contains(t.Type))
            && (filter.Nodes is null || filter.Nodes.Contains(t.From) || filter.Nodes.Contains(t.To)));
        return PageOf(ties, page);
    }

    public async Task<Page<Activity>> ActivitiesAsync(ActivityFilter filter, PageRequest page, DateOnly asOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var network = await NetworkAsync(asOf, cancellationToken);
        var goalOf = network.Indicators.ToDictionary(i => i.Id, i => i.Goal, StringComparer.Ordinal);
        var activities = network.Activities.Where(a =>
            (filter.Goals is null || a.Indicators.Any(i => goalOf.TryGetValue(i, out var goal) && filter.Goals.Contains(goal)))
            && (filter.Indicators is null || a.Indicators.Any(filter.Indicators.Contains))
            && (filter.Statuses is null || (a.Status is { } status && filter.Statuses.Contains(status)))
            && (filter.Organizations is null || filter.Organizations.Contains(a.Lead) || a.Partners.Any(filter.Organizations.Contains))
            && (filter.NameContains is null || a.Name.Contains(filter.NameContains, StringComparison.OrdinalIgnoreCase)));
        return PageOf(activities, page);
    }

    /// <summary>The nodes with these ids as of <paramref name="asOf"/>, in the order asked; null where an id names no node counting on it.</summary>
    public async Task<IReadOnlyList<INetworkNode?>> NodesAsync(IReadOnlyList<string> ids, DateOnly asOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var view = await views.StoredAsOfAsync(projections, asOf, cancellationToken);
        return [.. ids.Select(view.FindNode)];
    }

    private async Task<Network> NetworkAsync(DateOnly asOf, CancellationToken cancellationToken) =>
        (await views.StoredAsOfAsync(projections, asOf, cancellationToken)).Network;

    private static Page<T> PageOf<T>(IEnumerable<T> items, PageRequest page)
    {
        var ordered = items.OrderBy(Page<T>.KeyOf, StringComparer.Ordinal).ToList();
        var after = page.After is null ? ordered : [.. ordered.Where(i => string.CompareOrdinal(Page<T>.KeyOf(i), page.After) > 0)];
        var first = page.First ?? after.Count;
        return new Page<T>([.. after.Take(first)], after.Count > first, ordered.Count);
    }
}
