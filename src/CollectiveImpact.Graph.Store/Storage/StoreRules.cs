using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Store.Storage;

/// <summary>What every store checks and reports the same way, whatever keeps the data.</summary>
internal static class StoreRules
{
    /// <exception cref="ArgumentOutOfRangeException">A negative <see cref="PageRequest.First"/> (named <c>first</c>).</exception>
    public static void ValidatePage(PageRequest page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (page.First is < 0)
        {
            throw new ArgumentOutOfRangeException("first", page.First, "first must be zero or more.");
        }
    }

    /// <summary>The keyset cursor of a tie page, parsed; a bad one is rejected naming <c>after</c>.</summary>
    public static TieKey ParseTieCursor(string after)
    {
        try
        {
            return PageKeys.ParseTie(after);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new ArgumentOutOfRangeException("after", after, $"Not a tie cursor: {e.Message}");
        }
    }

    /// <summary>Entries (nodes, ties, measurements) present before a write and gone after it, cascades included.</summary>
    public static int CountRemoved(Network before, Network after)
    {
        var nodes = after.Nodes().Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var ties = after.Ties.Select(t => t.Key).ToHashSet();
        var measurements = after.Measurements.Select(m => m.Key).ToHashSet();
        return before.Nodes().Count(n => !nodes.Contains(n.Id))
            + before.Ties.Count(t => !ties.Contains(t.Key))
            + before.Measurements.Count(m => !measurements.Contains(m.Key));
    }

    /// <summary>Splits a page query's rows (one more than asked for, when a limit was given) into the page.</summary>
    public static Page<T> ToPage<T>(List<T> rows, PageRequest page, int total)
    {
        var hasNext = page.First is { } first && rows.Count > first;
        if (hasNext)
        {
            rows.RemoveRange(page.First!.Value, rows.Count - page.First.Value);
        }

        return new Page<T>(rows, hasNext, total);
    }
}
