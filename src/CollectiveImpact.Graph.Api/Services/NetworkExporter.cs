using System.Text.Json;
using CollectiveImpact.Graph.Store.Documents;
using CollectiveImpact.Graph.Store.Storage;

namespace CollectiveImpact.Graph.Api.Services;

/// <summary>Reads one consistent snapshot and writes it as the canonical network document.</summary>
public sealed class NetworkExporter(INetworkStore store)
{
    public async Task<NetworkExport> ExportAsync(CancellationToken cancellationToken)
    {
        var snapshot = await store.ReadSnapshotAsync(cancellationToken);
        using var document = JsonDocument.Parse(NetworkDocumentWriter.Write(snapshot.Network));
        return new NetworkExport(snapshot.Version, document.RootElement.Clone());
    }
}
