using CollectiveImpact.Graph.Api.GraphQL.Errors;
using CollectiveImpact.Graph.Store.Storage;
using GraphQL.Types.Relay.DataObjects;

namespace CollectiveImpact.Graph.Api.GraphQL.Pagination;

/// <summary>Builds Relay connections from a store page, or from a whole child list sliced in memory.</summary>
public static class Connections
{
    /// <summary>A top-level list: the store already paged it.</summary>
    public static Connection<T> FromPage<T>(Page<T> page) => Build(page.Items, Page<T>.KeyOf, page.HasNextPage, page.TotalCount);

    /// <summary>
    /// A nested list: the loader fetched every child of every parent in one call; this takes one parent's page with
    /// the store's keyset semantics (ordinal key order, items after the key <see cref="PageArguments.AfterKey"/>), so
    /// nested and top-level cursors behave alike.
    /// </summary>
    public static Connection<T> Slice<T>(IEnumerable<T> items, Func<T, string> keyOf, PageArguments page)
    {
        var ordered = items.OrderBy(keyOf, StringComparer.Ordinal).ToList();
        var after = page.AfterKey is null ? ordered : ordered.Where(i => string.CompareOrdinal(keyOf(i), page.AfterKey) > 0).ToList();
        return Build(after.Take(page.First).ToList(), keyOf, after.Count > page.First, ordered.Count);
    }

    /// <summary>One page of ids, for lists held on the parent as id references (organization.goals, activity.partners).</summary>
    public static (IReadOnlyList<string> Ids, bool HasNextPage, int TotalCount) SliceIds(IEnumerable<string> ids, PageArguments page)
    {
        var ordered = ids.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var after = page.AfterKey is null ? ordered : ordered.Where(id => string.CompareOrdinal(id, page.AfterKey) > 0).ToList();
        return (after.Take(page.First).ToList(), after.Count > page.First, ordered.Count);
    }

    /// <summary>
    /// A computed list kept in its own order (a ranking, communities largest first), paged by position: a cursor is an
    /// item's position, which stays valid because a result never changes once computed for its version and parameters.
    /// </summary>
    /// <param name="items">The whole list.</param>
    /// <param name="page">The page asked for.</param>
    /// <param name="limit">Only the first this many items count as the list (a ranking's <c>top</c>); null for all.</param>
    public static Connection<T> FromList<T>(IReadOnlyList<T> items, PageArguments page, int? limit = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(page);
        if (limit is { } most && most < items.Count)
        {
            items = [.. items.Take(most)];
        }

        var start = page.AfterKey is null ? 0 : PositionAfter(page.AfterKey);
        var positions = Enumerable.Range(start, Math.Max(0, Math.Min(page.First, items.Count - start))).ToList();
        var connection = Build(positions, PositionKey, start + positions.Count < items.Count, items.Count);
        return new Connection<T>
        {
            Edges = connection.Edges!.Select(e => new Edge<T> { Node = items[e.Node], Cursor = e.Cursor }).ToList(),
            TotalCount = connection.TotalCount,
            PageInfo = connection.PageInfo,
        };
    }

    public static Connection<T> Build<T>(IReadOnlyList<T> items, Func<T, string> keyOf, bool hasNextPage, int totalCount)
    {
        var edges = items.Select(item => new Edge<T> { Node = item, Cursor = Cursor.Encode(keyOf(item)) }).ToList();
        return new Connection<T>
        {
            Edges = edges,
            TotalCount = totalCount,
            PageInfo = new PageInfo
            {
                HasNextPage = hasNextPage,
                HasPreviousPage = false,
                StartCursor = edges.Count > 0 ? edges[0].Cursor : null,
                EndCursor = edges.Count > 0 ? edges[^1].Cursor : null,
            },
        };
    }

    private const char PositionMark = '#';

    private static string PositionKey(int position) => PositionMark + position.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static int PositionAfter(string key) =>
        key[0] == PositionMark && int.TryParse(key.AsSpan(1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var position)
            ? position + 1
            : throw ApiError.InvalidArgument($"after: '{Cursor.Encode(key)}' is not a cursor of this list; pass an endCursor or cursor it gave you.");
}
