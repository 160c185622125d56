using System.Globalization;
using CollectiveImpact.Graph.Store.Storage;

namespace CollectiveImpact.Graph.Api.Services;

/// <summary>
/// The warnings of an import, from what it changes. "Most of the network" is more than half of the stored nodes
/// (goals, indicators, organizations, people, activities) or more than half of the stored ties: exactly half is
/// not most.
/// </summary>
public static class ImportWarnings
{
    public static IReadOnlyList<ImportWarning> For(NetworkChanges changes, bool dryRun)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var nodes = changes.Nodes;
        var ties = changes.Ties;
        if (!IsMost(nodes) && !IsMost(ties))
        {
            return [];
        }

        var verb = dryRun ? "would remove" : "removed";
        return
        [
            new ImportWarning(
                ImportWarning.MostOfNetworkRemoved,
                $"This import {verb} most of the network: {Share(nodes, "nodes")} and {Share(ties, "ties")} stored before it. "
                + (dryRun ? "Nothing was written." : "Import the previous export to undo it.")),
        ];
    }

    private static bool IsMost(KindChanges kind) => 2L * kind.Removed > StoredBefore(kind);

    private static int StoredBefore(KindChanges kind) => kind.Removed + kind.Changed + kind.Unchanged;

    private static string Share(KindChanges kind, string what)
    {
        var before = StoredBefore(kind);
        var percent = before == 0 ? 0 : 100.0 * kind.Removed / before;
        return string.Create(CultureInfo.InvariantCulture, $"{kind.Removed:N0} of {before:N0} {what} ({percent:0.#}%)");
    }
}
