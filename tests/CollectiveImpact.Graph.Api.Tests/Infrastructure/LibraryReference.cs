using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CollectiveImpact.Graph.Api.Tests.Infrastructure;

/// <summary>
/// The expected side of the analysis tests: the analytics library called directly on a snapshot read straight from the
/// service's store, taken as of the date the API reads it (today by default: <see cref="TimeRule.AsOf"/>, the sample
/// having ties and activities that ended) and projected afresh, so the API's answer is compared with the library's
/// rather than with numbers written into the test.
/// </summary>
public static class LibraryReference
{
    public static async Task<ProjectionSet> ProjectionsAsync(ApiFactory factory, DateOnly? asOf = null)
    {
        var snapshot = await SnapshotAsync(factory, asOf);
        return new ProjectionSet(snapshot);
    }

    /// <summary>The stored snapshot as of <paramref name="asOf"/> (today, UTC, by the service's clock, when null).</summary>
    public static async Task<NetworkSnapshot> SnapshotAsync(ApiFactory factory, DateOnly? asOf = null)
    {
        var store = factory.Services.GetRequiredService<INetworkStore>();
        var snapshot = await store.ReadSnapshotAsync(CancellationToken.None);
        var date = asOf ?? Today(factory);
        return snapshot with { Network = TimeRule.AsOf(snapshot.Network, date) };
    }

    public static DateOnly Today(ApiFactory factory) =>
        DateOnly.FromDateTime(factory.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
}
