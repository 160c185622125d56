using CollectiveImpact.Graph.Api.Services.Editing;
using CollectiveImpact.Graph.Api.Services.Errors;
using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Storage;

namespace CollectiveImpact.Graph.Api.Services;

/// <summary>
/// Single-entry edits with optimistic concurrency and undo (docs/web.md, "Editing"): the entries an edit touches are
/// read before it (its revision checked against the one the form was opened with) and after it (kept for undo), all
/// under one gate, so a check and its write cannot be split by another edit through this service.
/// </summary>
public sealed partial class NetworkWriter
{
    private readonly SemaphoreSlim edits = new(1, 1);

    /// <summary>
    /// Undoes the caller's last edit, if every entry it touched is still as it left it: writes back what they were
    /// before and removes what it added. CONFLICT when someone changed them since; NOT_FOUND when there is nothing to undo.
    /// </summary>
    public async Task<UndoResult> UndoLastAsync(string actor, CancellationToken cancellationToken)
    {
        await edits.WaitAsync(cancellationToken);
        try
        {
            var last = undo.Last(actor) ?? throw new NotFoundProblem("You have no change to undo (the last 20 of each caller are kept).");
            var scope = EditScope.Of(last.Before, last.After);
            var now = await ReadScopeAsync(scope, cancellationToken);
            if (!Same(now, last.After))
            {
                throw new ConflictProblem($"\"{last.Description}\" cannot be undone: what it changed was changed again since, by someone else or by an import.", null);
            }

            var before = last.Before;
            var change = new NetworkChange(
                before,
                DeleteNodes: [.. last.After.Nodes().Select(n => n.Id).Where(id => !before.Nodes().Any(n => n.Id == id))],
                DeleteTies: [.. last.After.Ties.Select(t => t.Key).Where(k => !before.Ties.Any(t => t.Key == k))],
                DeleteMeasurements: [.. last.After.Measurements.Select(m => m.Key).Where(k => !before.Measurements.Any(m => m.Key == k))]);
            var result = await WriteAsync(change, inputName: null, cancellationToken);
            undo.MarkUndone(last.Sequence);
            var ids = scope.Nodes.Concat(scope.Ties.SelectMany(t => new[] { t.From, t.To })).Concat(scope.Measurements.Select(m => m.Indicator));
            return new UndoResult(last.Description, result.Version, [.. ids.Distinct(StringComparer.Ordinal)]);
        }
        finally
        {
            edits.Release();
        }
    }

    /// <summary>The caller's last edit that can still be undone, in words, or null.</summary>
    public UndoEntry? LastEdit(string actor) => undo.Last(actor);

    private async Task<(WriteResult Result, Network Before)> EditAsync(
        NetworkChange change, EditScope scope, string description, EditRequest? edit, string? inputName, CancellationToken cancellationToken)
    {
        await edits.WaitAsync(cancellationToken);
        try
        {
            var before = await ReadScopeAsync(scope, cancellationToken);
            if (edit?.IfRevision is { } expected && Primary(before, scope) is var current && (current is null ? null : Revisions.Of(current)) is var revision && revision != expected)
            {
                throw new ConflictProblem(
                    current is null
                        ? "It was deleted since you opened it. Nothing was written."
                        : "It was changed since you opened it (by someone else, or by an import). Nothing was written: read it again, then save your change anew.",
                    revision);
            }

            var result = await WriteAsync(change, inputName, cancellationToken);
            if (edit is not null)
            {
                undo.Record(edit.Actor, description, result.Version, before, await ReadScopeAsync(scope, cancellationToken));
            }

            return (result, before);
        }
        finally
        {
            edits.Release();
        }
    }

    /// <summary>The entry the scope is about (the node, tie or measurement named first), as read; null when absent.</summary>
    private static object? Primary(Network read, EditScope scope) =>
        scope.Nodes.Count > 0 ? read.Nodes().FirstOrDefault(n => n.Id == scope.Nodes[0])
        : scope.Ties.Count > 0 ? read.Ties.FirstOrDefault(t => t.Key == scope.Ties[0])
        : read.Measurements.FirstOrDefault(m => m.Key == scope.Measurements[0]);

    /// <summary>The stored entries of these keys, as a network (absent keys are simply not in it).</summary>
    private async Task<Network> ReadScopeAsync(EditScope scope, CancellationToken cancellationToken)
    {
        var nodes = scope.Nodes.Count == 0 ? [] : await store.GetNodesAsync(scope.Nodes, cancellationToken);
        var ties = new List<Tie>();
        foreach (var group in scope.Ties.GroupBy(k => k.From))
        {
            var stored = await store.ListTiesAsync(new TieFilter(null, [group.Key]), PageRequest.All, cancellationToken);
            ties.AddRange(stored.Items.Where(t => group.Contains(t.Key)));
        }

        var measurements = scope.Measurements.Count == 0
            ? []
            : (await store.ListMeasurementsAsync([.. scope.Measurements.Select(m => m.Indicator).Distinct()], cancellationToken)).Where(m => scope.Measurements.Contains(m.Key)).ToList();
        return new Network(
            nodes.OfType<Initiative>().FirstOrDefault(),
            [.. nodes.OfType<Goal>()],
            [.. nodes.OfType<Indicator>()],
            measurements,
            [.. nodes.OfType<Organization>()],
            [.. nodes.OfType<Person>()],
            [.. nodes.OfType<Activity>()],
            ties);
    }

    /// <summary>True when both hold the same entries, each with the same revision.</summary>
    private static bool Same(Network a, Network b) => Keys(a).SetEquals(Keys(b));

    private static HashSet<string> Keys(Network network) =>
    [
        .. network.Nodes().Select(n => $"node:{n.Id}:{Revisions.Of(n)}"),
        .. network.Ties.Select(t => $"tie:{t.Key}:{Revisions.Of(t)}"),
        .. network.Measurements.Select(m => $"measurement:{m.Key}:{Revisions.Of(m)}"),
    ];
}
