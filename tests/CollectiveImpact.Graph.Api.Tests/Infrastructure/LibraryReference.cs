using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Store.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CollectiveImpact.Graph.Api.Tests.Infrastructure;

/// <summary>
/// The expected side of the analysis tests: the analytics library called directly on a snapshot read straight from the
/// service's store, projected afresh, so the API's answer is compared with the library's rather than with numbers
/// written into the test.
/// </summary>
public static class LibraryReference
{
    public static async Task<ProjectionSet> ProjectionsAsync(ApiFactory factory)
    {
        var store = factory.Services.GetRequiredService<INetworkStore>();
        return new ProjectionSet(await store.ReadSnapshotAsync(CancellationToken.None));
    }
}
