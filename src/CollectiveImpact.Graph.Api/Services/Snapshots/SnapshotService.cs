using System.Globalization;
using System.Text.Json;
using CollectiveImpact.Graph.Api.Services.Errors;
using CollectiveImpact.Graph.Api.Services.Scheduling;
using CollectiveImpact.Graph.Store.Documents;
using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Storage;
using Microsoft.Extensions.Options;

namespace CollectiveImpact.Graph.Api.Services.Snapshots;

/// <summary>
/// Named, immutable copies of the whole network (network-format.md, <i>Time</i>). Taking one reads the network at one
/// version and keeps its canonical document, so exporting the snapshot later gives exactly the bytes
/// <c>exportNetwork</c> gave at that version. Kept by the store behind <see cref="ISnapshotStore"/>.
/// </summary>
/// <remarks>
/// Writing the document, hashing, compressing and storing it (seconds at 20,000 organizations: a 53 MB document) run
/// on <see cref="AnalysisScheduler"/>'s workers like any CPU-heavy work, within its bounds and the caller's deadline,
/// never on a request thread. The network is read once, at one version, before that: a write racing the snapshot
/// lands before or after it, never inside it.
/// </remarks>
public sealed class SnapshotService(
    INetworkStore store,
    ISnapshotStore snapshots,
    AnalysisScheduler scheduler,
    IOptions<SnapshotOptions> options,
    TimeProvider clock,
    ILogger<SnapshotService> logger)
{
    /// <summary>The name prefix of the snapshots taken before REPLACE imports (<see cref="SnapshotOptions.BeforeReplaceImport"/>).</summary>
    public const string BeforeReplacePrefix = "Before REPLACE import";

    public Task<IReadOnlyList<SnapshotInfo>> ListAsync(CancellationToken cancellationToken) => snapshots.ListAsync(cancellationToken);

    /// <summary>Freezes the network as stored now under <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentProblem">The name is not allowed or taken, the limit is reached, or the document is too large.</exception>
    public async Task<SnapshotInfo> CreateAsync(string name, string createdBy, CancellationToken cancellationToken)
    {
        if (SnapshotNames.Problem(name) is { } problem)
        {
            throw new ArgumentProblem($"name: {problem}");
        }

        var limits = options.Value;
        var current = await store.ReadSnapshotAsync(cancellationToken);
        var (info, outcome) = await scheduler.RunAsync(
            AnalysisLane.InternalCaller,
            token =>
            {
                var document = NetworkDocumentWriter.Write(current.Network);
                if (document.Length > limits.MaxDocumentBytes)
                {
                    throw new ArgumentProblem(
                        $"name: the network's document is {document.Length:N0} bytes, more than a snapshot may hold ({limits.MaxDocumentBytes:N0}, " +
                        $"{SnapshotOptions.Section}:MaxDocumentBytes). Nothing was stored.");
                }

                var info = new SnapshotInfo(
                    name, clock.GetUtcNow(), createdBy, current.Version, current.Network.Counts, document.Length, StoredBytes: 0, SnapshotCodec.Hash(document));
                // The store compresses as it saves: on this worker too (a local write; the worker waits for it).
                return (info, snapshots.SaveAsync(info, document, limits.MaxCount, token).GetAwaiter().GetResult());
            },
            cancellationToken);
        switch (outcome)
        {
            case SnapshotSaveOutcome.NameTaken:
                throw new ArgumentProblem($"name: a snapshot named '{name}' exists already (names are unique ignoring case); choose another name or delete it first.");
            case SnapshotSaveOutcome.LimitReached:
                throw new ArgumentProblem(
                    $"name: {limits.MaxCount} snapshots are stored already, the most this service keeps ({SnapshotOptions.Section}:MaxCount); delete one first. Nothing was stored.");
        }

        logger.LogInformation("Took snapshot {Name} of network version {Version} ({Bytes} bytes)", name, current.Version, info.DocumentBytes);
        var stored = await snapshots.ListAsync(cancellationToken);
        return stored.FirstOrDefault(s => SnapshotNames.Key(s.Name) == SnapshotNames.Key(name)) ?? info;
    }

    /// <summary>
    /// The snapshot taken automatically before a REPLACE import when <see cref="SnapshotOptions.BeforeReplaceImport"/>
    /// is on; null when it is off or the store holds nothing yet (version 0: nothing to keep).
    /// </summary>
    public async Task<SnapshotInfo?> CreateBeforeReplaceAsync(string requestedBy, CancellationToken cancellationToken)
    {
        if (!options.Value.BeforeReplaceImport || await store.GetVersionAsync(cancellationToken) == 0)
        {
            return null;
        }

        var name = $"{BeforeReplacePrefix} {clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture)}";
        try
        {
            return await CreateAsync(name, $"{requestedBy} (automatic, before a REPLACE import)", cancellationToken);
        }
        catch (ArgumentProblem problem)
        {
            throw new ArgumentProblem(
                $"mode: {SnapshotOptions.Section}:BeforeReplaceImport is on and the snapshot before this REPLACE import could not be taken " +
                $"({problem.Message["name: ".Length..]}). Nothing was imported.");
        }
    }

    /// <summary>The snapshot's document, exactly as the network's export read at the snapshot's version.</summary>
    public async Task<NetworkExport> ExportAsync(string name, CancellationToken cancellationToken)
    {
        var found = await snapshots.ReadAsync(name, cancellationToken) ?? throw NotFound(name);
        using var document = JsonDocument.Parse(found.Document);
        return new NetworkExport(found.Info.NetworkVersion, document.RootElement.Clone());
    }

    /// <summary>What the list says of the snapshot named <paramref name="name"/> (ignoring case); null when none has it.</summary>
    public async Task<SnapshotInfo?> FindAsync(string name, CancellationToken cancellationToken)
    {
        var key = SnapshotNames.Key(name);
        return (await snapshots.ListAsync(cancellationToken)).FirstOrDefault(s => SnapshotNames.Key(s.Name) == key);
    }

    /// <summary>The snapshot's stored document and what the list says of it; null when no snapshot has this name.</summary>
    public Task<SnapshotDocument?> ReadAsync(string name, CancellationToken cancellationToken) => snapshots.ReadAsync(name, cancellationToken);

    /// <summary>Deletes a snapshot; answers what it was.</summary>
    public async Task<SnapshotInfo> DeleteAsync(string name, CancellationToken cancellationToken)
    {
        var found = await FindAsync(name, cancellationToken) ?? throw NotFound(name);
        if (!await snapshots.DeleteAsync(name, cancellationToken))
        {
            throw NotFound(name);
        }

        logger.LogInformation("Deleted snapshot {Name}", found.Name);
        return found;
    }

    private static NotFoundProblem NotFound(string name) => new($"No snapshot is named '{name}'.");
}
