using System.Text.Json;
using CollectiveImpact.Graph.Store.Documents;
using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Storage;

namespace CollectiveImpact.Graph.Api.Services;

/// <summary>Reads one consistent snapshot and writes it as the canonical network document.</summary>
/// <remarks>
/// Without a date the export is the stored document, every entry with its <c>since</c>/<c>until</c>, byte for byte
/// what was imported (round trips stay identical): a date would drop what does not count on it, and a REPLACE import
/// of that would lose history. With a date it is the document of the network as of that date
/// (<see cref="TimeRule.AsOf"/>, through <see cref="AsOfViews"/> like every other as-of read): what someone looking
/// at the network on that day would have seen. The dates it keeps stay as stored.
/// </remarks>
public sealed class NetworkExporter(INetworkStore store, ProjectionProvider projections, AsOfViews views, Surveys.SurveyStore surveys)
{
    public Task<NetworkExport> ExportAsync(CancellationToken cancellationToken) => ExportAsync(asOf: null, cancellationToken);

    /// <summary>
    /// The stored document with its survey rounds (oldest first) when <paramref name="asOf"/> is null, else the document
    /// of the network as of that date (without surveys: they are records of rounds, not of the network on a day).
    /// </summary>
    public async Task<NetworkExport> ExportAsync(DateOnly? asOf, CancellationToken cancellationToken)
    {
        var (version, network) = await NetworkAsync(asOf, cancellationToken);
        var rounds = asOf is null ? surveys.List().Reverse().ToList() : null;
        return new NetworkExport(version, Document(network, rounds)) { AsOf = asOf };
    }

    /// <summary>The stored network when <paramref name="asOf"/> is null, else the network as of that date, with its version.</summary>
    public async Task<(long Version, Network Network)> NetworkAsync(DateOnly? asOf, CancellationToken cancellationToken)
    {
        if (asOf is not { } date)
        {
            var snapshot = await store.ReadSnapshotAsync(cancellationToken);
            return (snapshot.Version, snapshot.Network);
        }

        var view = await views.StoredAsOfAsync(projections, date, cancellationToken);
        return (view.Version, view.Network);
    }

    private static JsonElement Document(Network network, IReadOnlyList<Store.Surveys.SurveyRound>? rounds)
    {
        using var document = JsonDocument.Parse(NetworkDocumentWriter.Write(network, rounds));
        return document.RootElement.Clone();
    }
}
