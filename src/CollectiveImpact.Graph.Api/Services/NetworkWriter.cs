using System.Text.RegularExpressions;
using CollectiveImpact.Graph.Api.Services.Editing;
using CollectiveImpact.Graph.Api.Services.Errors;
using CollectiveImpact.Graph.Api.Services.Snapshots;
using CollectiveImpact.Graph.Store.Documents;
using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Storage;
using CollectiveImpact.Graph.Store.Validation;
using Microsoft.Extensions.Options;

namespace CollectiveImpact.Graph.Api.Services;

/// <summary>
/// Turns each mutation into one <see cref="NetworkChange"/> and one <see cref="INetworkStore.WriteAsync"/> call, so
/// the store's validator guards every write as it guards an import. A refused write becomes an INVALID_INPUT error
/// listing every problem, with paths rewritten from the change's document (<c>$.goals[0].name</c>) to the
/// mutation's input (<c>input.name</c>).
/// </summary>
public sealed partial class NetworkWriter(
    INetworkStore store, SnapshotService snapshots, Surveys.SurveyStore surveys, Editing.UndoLog undo, IOptions<ImportOptions> options, ILogger<NetworkWriter> logger)
{
    /// <summary>Creates a node; its id must be new (across every kind).</summary>
    public async Task<MutationPayload<T>> CreateAsync<T>(T node, CancellationToken cancellationToken, EditRequest? edit = null)
        where T : INetworkNode
    {
        var (result, _) = await EditAsync(
            new NetworkChange(NetworkOf(node), MustBeNew: [node.Id]), EditScope.Node(node.Id), $"Created {Noun(node.Kind)} {node.Name}", edit, "input", cancellationToken);
        return new MutationPayload<T>(node, result.Version);
    }

    /// <summary>Replaces a node whole; a node of the same kind must exist with its id.</summary>
    public async Task<MutationPayload<T>> UpdateAsync<T>(T node, CancellationToken cancellationToken, EditRequest? edit = null)
        where T : INetworkNode
    {
        await RequireAsync(node.Kind, node.Id, cancellationToken);
        var (result, before) = await EditAsync(
            new NetworkChange(NetworkOf(node), MustExist: [node.Id]), EditScope.Node(node.Id), $"Changed {Noun(node.Kind)} {node.Name}", edit, "input", cancellationToken);
        return new MutationPayload<T>(node, result.Version) { Changes = FieldChanges.Between(before.Nodes().FirstOrDefault(), node) };
    }

    /// <summary>Deletes a node of this kind, with the ties touching it (and an indicator's measurements).</summary>
    public async Task<WriteResult> DeleteAsync(NodeKind kind, string id, CancellationToken cancellationToken, EditRequest? edit = null)
    {
        var node = await RequireAsync(kind, id, cancellationToken);
        var ties = (await store.ListTiesAsync(new TieFilter(null, [id]), PageRequest.All, cancellationToken)).Items.Select(t => t.Key).ToList();
        var measurements = kind == NodeKind.Indicator
            ? (await store.ListMeasurementsAsync([id], cancellationToken)).Select(m => m.Key).ToList()
            : [];
        var (result, _) = await EditAsync(
            new NetworkChange(Network.Empty, DeleteNodes: [id], MustExist: [id]), new EditScope([id], ties, measurements),
            $"Deleted {Noun(kind)} {node.Name}", edit, "id", cancellationToken);
        return result;
    }

    /// <summary>Adds a tie, or replaces the one with the same ends and type.</summary>
    public async Task<MutationPayload<Tie>> AddTieAsync(Tie tie, CancellationToken cancellationToken, EditRequest? edit = null)
    {
        var (result, before) = await EditAsync(
            NetworkChange.Merge(Network.Empty with { Ties = [tie] }), EditScope.Tie(tie.Key), $"Saved the {NetworkFormat.Name(tie.Type)} tie {tie.From} – {tie.To}", edit, "input", cancellationToken);
        return new MutationPayload<Tie>(tie, result.Version) { Changes = before.Ties.Count == 0 ? null : FieldChanges.Between(before.Ties[0], tie) };
    }

    public async Task<WriteResult> RemoveTieAsync(TieKey key, CancellationToken cancellationToken, EditRequest? edit = null)
    {
        var stored = await store.ListTiesAsync(new TieFilter([key.Type], [key.From]), PageRequest.All, cancellationToken);
        if (!stored.Items.Any(t => t.Key == key))
        {
            throw new NotFoundProblem($"No {key.Type} tie joins '{key.From}' and '{key.To}'.");
        }

        var (result, _) = await EditAsync(
            new NetworkChange(Network.Empty, DeleteTies: [key]), EditScope.Tie(key), $"Removed the {NetworkFormat.Name(key.Type)} tie {key.From} – {key.To}", edit, null, cancellationToken);
        return result;
    }

    /// <summary>Adds ties, or replaces those of the same ends and type, as one write (a survey round applied); the new version.</summary>
    public async Task<long> AddTiesAsync(IReadOnlyList<Tie> ties, CancellationToken cancellationToken) =>
        (await WriteAsync(NetworkChange.Merge(Network.Empty with { Ties = ties }), inputName: null, cancellationToken)).Version;

    /// <summary>Records a measurement, or replaces the one of the same indicator and date.</summary>
    public async Task<MutationPayload<Measurement>> RecordMeasurementAsync(Measurement measurement, CancellationToken cancellationToken, EditRequest? edit = null)
    {
        var (result, before) = await EditAsync(
            NetworkChange.Merge(Network.Empty with { Measurements = [measurement] }), EditScope.Measurement(measurement.Key),
            $"Recorded {measurement.Indicator} on {measurement.Date:yyyy-MM-dd}", edit, "input", cancellationToken);
        return new MutationPayload<Measurement>(measurement, result.Version) { Changes = before.Measurements.Count == 0 ? null : FieldChanges.Between(before.Measurements[0], measurement) };
    }

    public async Task<WriteResult> RemoveMeasurementAsync(MeasurementKey key, CancellationToken cancellationToken, EditRequest? edit = null)
    {
        var stored = await store.ListMeasurementsAsync([key.Indicator], cancellationToken);
        if (!stored.Any(m => m.Key == key))
        {
            throw new NotFoundProblem($"Indicator '{key.Indicator}' has no measurement on {key.Date:yyyy-MM-dd}.");
        }

        var (result, _) = await EditAsync(
            new NetworkChange(Network.Empty, DeleteMeasurements: [key]), EditScope.Measurement(key), $"Removed {key.Indicator} on {key.Date:yyyy-MM-dd}", edit, null, cancellationToken);
        return result;
    }

    /// <summary>
    /// Imports a network document: read and checked whole against the stored network first, so every problem is
    /// named at once with its path in the document (the first <see cref="ImportOptions.MaxProblems"/> listed, all
    /// counted); then written as one change that merges into or replaces the stored network (the store validates it
    /// again, against whatever is stored by then). A dry run stops after the check: the same problems, the same
    /// answer, nothing written. A REPLACE may first take a snapshot (<see cref="SnapshotService.CreateBeforeReplaceAsync"/>).
    /// </summary>
    public async Task<ImportResult> ImportAsync(
        ReadOnlyMemory<byte> document, ChangeMode mode, bool dryRun, CancellationToken cancellationToken, string requestedBy = "unknown")
    {
        var snapshot = await store.ReadSnapshotAsync(cancellationToken);
        var read = NetworkDocumentReader.ReadChange(document, mode, snapshot.Network, options.Value.MaxProblems);
        if (read.Change is null)
        {
            throw Refused("The document", read.Problems, read.ProblemCount);
        }

        // Against the snapshot the document was checked against: exact unless another write lands in between.
        var changes = NetworkDiff.Between(snapshot.Network, NetworkChangeApplier.Apply(snapshot.Network, read.Change));
        var written = read.Change.Upserts.Counts;
        var warnings = ImportWarnings.For(changes, dryRun);
        if (dryRun)
        {
            logger.LogInformation("Checked a network document without writing it ({Mode}): {Entries} entries, version {Version}", mode, written.Total, snapshot.Version);
            return new ImportResult(snapshot.Version, DryRun: true, written, changes.Total.Removed, changes, warnings) { SurveyRounds = read.Surveys?.Count };
        }

        if (mode == ChangeMode.Replace)
        {
            // Taken after the checks, so a refused document leaves no snapshot behind; before the write, so it holds
            // the network the import replaces (unless another write lands in between, as for the diff above).
            await snapshots.CreateBeforeReplaceAsync(requestedBy, cancellationToken);
        }

        var result = await WriteAsync(read.Change, inputName: null, cancellationToken);
        if (read.Surveys is { } rounds)
        {
            // After the network's write, which the store may still refuse; the rounds were checked whole with the document.
            surveys.Import(rounds, replaceAll: mode == ChangeMode.Replace);
        }

        logger.LogInformation("Imported a network document ({Mode}): {Entries} entries, version {Version}", mode, result.Written.Total, result.Version);
        return new ImportResult(result.Version, DryRun: false, result.Written, result.Deleted, changes, warnings) { SurveyRounds = read.Surveys?.Count };
    }

    private async Task<WriteResult> WriteAsync(NetworkChange change, string? inputName, CancellationToken cancellationToken)
    {
        try
        {
            return await store.WriteAsync(change, cancellationToken);
        }
        catch (NetworkValidationException ex)
        {
            var problems = inputName is null
                ? ex.Problems
                : ex.Problems.Select(p => p with { Path = RewritePath(p.Path, inputName) }).ToList();
            throw Refused("The change", [.. problems.Take(options.Value.MaxProblems)], problems.Count);
        }
    }

    private async Task<INetworkNode> RequireAsync(NodeKind kind, string id, CancellationToken cancellationToken)
    {
        var found = await store.GetNodesAsync([id], cancellationToken);
        return found.FirstOrDefault(n => n.Kind == kind) ?? throw NotFoundProblem.Id(kind.ToString().ToLowerInvariant(), id);
    }

    private static string Noun(NodeKind kind) => kind.ToString().ToLowerInvariant();

    private static InvalidInputProblem Refused(string what, IReadOnlyList<ValidationProblem> listed, int total)
    {
        var omitted = total - listed.Count;
        var summary = total == 1
            ? $"{what} was refused: {listed[0].Message} Nothing was written."
            : omitted == 0
                ? $"{what} was refused with {total} problems (see extensions.problems). Nothing was written."
                : $"{what} was refused with {total} problems; the first {listed.Count} are listed in extensions.problems and {omitted} more are only counted (Import:MaxProblems). Nothing was written.";
        return new InvalidInputProblem(summary, listed, total);
    }

    /// <summary>
    /// <c>$.goals[0].name</c> → <c>input.name</c>, <c>$.delete.nodes[0]</c> → <c>id</c>: the one entry of a
    /// single-entry change is the mutation's argument.
    /// </summary>
    private static string RewritePath(string path, string inputName) => SingleEntryPath().Replace(path, inputName, 1);

    [GeneratedRegex(@"^\$\.(?:delete\.)?[A-Za-z]+\[0\]")]
    private static partial Regex SingleEntryPath();

    private static Network NetworkOf(INetworkNode node) => node switch
    {
        Goal goal => Network.Empty with { Goals = [goal] },
        Indicator indicator => Network.Empty with { Indicators = [indicator] },
        Organization organization => Network.Empty with { Organizations = [organization] },
        Person person => Network.Empty with { People = [person] },
        Activity activity => Network.Empty with { Activities = [activity] },
        Initiative initiative => Network.Empty with { Initiative = initiative },
        _ => throw new ArgumentOutOfRangeException(nameof(node), $"{node.GetType().Name} is not a node kind this writer knows."),
    };
}
