using System.Globalization;
using System.Text.Json;
using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Storage;

namespace CollectiveImpact.Graph.Store.Neo4j;

/// <summary>
/// Snapshots in the network's Neo4j database: one <c>(:Snapshot)</c> node each, outside the network graph, holding
/// the Brotli-compressed canonical document (<see cref="SnapshotCodec"/>) as Base64 text (the Query API carries
/// parameters as JSON) beside what the list shows. Every statement is a <c>cypher/snapshot/</c> file.
/// </summary>
/// <remarks>
/// A save checks the name and the count and creates the node in one statement (<c>snapshot/save.cypher</c>); the
/// uniqueness constraint on <c>nameKey</c> refuses a name another save takes at the same moment. Two saves racing
/// for the last place may both get it: the count limit bounds storage, it is not a lock.
/// </remarks>
public sealed class Neo4jSnapshotStore(Neo4jNetworkStore store) : ISnapshotStore
{
    public async Task<IReadOnlyList<SnapshotInfo>> ListAsync(CancellationToken cancellationToken = default)
    {
        var result = await store.RunAsync(CypherFiles.ListSnapshots, AccessMode.Read, cancellationToken).ConfigureAwait(false);
        return [.. result.Rows.Select(row => Info(Neo4jRowMapping.Map(result.Value(row, "snapshot"))))];
    }

    public async Task<SnapshotDocument?> ReadAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        var result = await store.RunAsync(CypherFiles.ReadSnapshot, AccessMode.Read, cancellationToken, ("nameKey", SnapshotNames.Key(name)))
            .ConfigureAwait(false);
        if (result.Rows.Count == 0)
        {
            return null;
        }

        var map = Neo4jRowMapping.Map(result.Single("snapshot"));
        var info = Info(map);
        var stored = Convert.FromBase64String(Text(map, "document"));
        return new SnapshotDocument(info, SnapshotCodec.Decompress(Text(map, "encoding"), stored, info.DocumentBytes, info.Sha256, info.Name));
    }

    public async Task<SnapshotSaveOutcome> SaveAsync(SnapshotInfo info, byte[] document, int maxCount, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(document);
        var compressed = SnapshotCodec.Compress(document);
        QueryResult result;
        try
        {
            result = await store.RunAsync(
                CypherFiles.SaveSnapshot,
                AccessMode.Write,
                cancellationToken,
                ("name", info.Name),
                ("nameKey", SnapshotNames.Key(info.Name)),
                ("createdAt", info.CreatedAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture)),
                ("createdBy", info.CreatedBy),
                ("networkVersion", info.NetworkVersion),
                ("counts", JsonSerializer.Serialize(info.Counts, JsonSerializerOptions.Web)),
                ("documentBytes", (long)document.Length),
                ("storedBytes", (long)compressed.Length),
                ("sha256", SnapshotCodec.Hash(document)),
                ("encoding", SnapshotCodec.Encoding),
                ("document", Convert.ToBase64String(compressed)),
                ("maxCount", (long)maxCount)).ConfigureAwait(false);
        }
        catch (Neo4jConstraintViolationException)
        {
            return SnapshotSaveOutcome.NameTaken;
        }

        return result.Single("taken") is true ? SnapshotSaveOutcome.NameTaken
            : Neo4jRowMapping.Integer(result.Single("stored")) >= maxCount ? SnapshotSaveOutcome.LimitReached
            : SnapshotSaveOutcome.Saved;
    }

    public async Task<bool> DeleteAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        var result = await store.RunAsync(CypherFiles.DeleteSnapshot, AccessMode.Write, cancellationToken, ("nameKey", SnapshotNames.Key(name)))
            .ConfigureAwait(false);
        return Neo4jRowMapping.Integer(result.Single("deleted")) > 0;
    }

    private static SnapshotInfo Info(IReadOnlyDictionary<string, object?> m) => new(
        Text(m, "name"),
        DateTimeOffset.Parse(Text(m, "createdAt"), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
        Text(m, "createdBy"),
        Neo4jRowMapping.Integer(m.GetValueOrDefault("networkVersion")),
        JsonSerializer.Deserialize<EntityCounts>(Text(m, "counts"), JsonSerializerOptions.Web)
            ?? throw new FormatException($"Snapshot '{Text(m, "name")}' has no entry counts."),
        Neo4jRowMapping.Integer(m.GetValueOrDefault("documentBytes")),
        Neo4jRowMapping.Integer(m.GetValueOrDefault("storedBytes")),
        Text(m, "sha256"));

    private static string Text(IReadOnlyDictionary<string, object?> m, string key) =>
        m.GetValueOrDefault(key) as string ?? throw new FormatException($"A (:Snapshot) node has no text '{key}'.");
}
