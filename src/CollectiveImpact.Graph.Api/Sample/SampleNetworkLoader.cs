using CollectiveImpact.Graph.Store.Documents;
using CollectiveImpact.Graph.Store.Storage;
using Microsoft.Extensions.Options;

namespace CollectiveImpact.Graph.Api.Sample;

/// <summary>
/// On start, fills an empty store with the sample initiative, so a first run has something to explore. Runs before
/// the server accepts requests (hosted services start first). A store that was ever written is left alone, even if
/// it was emptied since: version 0 is the only sign of "never used".
/// </summary>
public sealed class SampleNetworkLoader(
    INetworkStore store,
    IOptions<SampleOptions> options,
    ILogger<SampleNetworkLoader> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var sample = options.Value;
        if (!sample.LoadOnEmptyStore)
        {
            return;
        }

        var version = await store.GetVersionAsync(cancellationToken);
        if (version != 0)
        {
            logger.LogInformation("The store holds network version {Version}; the sample is not loaded.", version);
            return;
        }

        var path = System.IO.Path.GetFullPath(sample.Path, AppContext.BaseDirectory);
        if (!File.Exists(path))
        {
            logger.LogWarning("The store is empty and the sample document {Path} does not exist; starting empty.", path);
            return;
        }

        var read = NetworkDocumentReader.ReadChange(await File.ReadAllBytesAsync(path, cancellationToken), ChangeMode.Replace, Store.Domain.Network.Empty);
        if (read.Change is null)
        {
            throw new InvalidOperationException(
                $"The sample document {path} is not a valid network document: {string.Join("; ", read.Problems.Take(5))}");
        }

        var result = await store.WriteAsync(read.Change, cancellationToken);
        var counts = result.Written;
        logger.LogInformation(
            "Loaded the sample {Path} into the empty store at version {Version}: {Goals} goals, {Indicators} indicators, {Measurements} measurements, {Organizations} organizations, {People} people, {Activities} activities, {Ties} ties.",
            path, result.Version, counts.Goals, counts.Indicators, counts.Measurements, counts.Organizations, counts.People, counts.Activities, counts.Ties);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
