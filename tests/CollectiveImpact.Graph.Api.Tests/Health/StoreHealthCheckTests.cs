using CollectiveImpact.Graph.Api.Health;
using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CollectiveImpact.Graph.Api.Tests.Health;

public sealed class StoreHealthCheckTests
{
    [Fact]
    public async Task Check_StoreThrows_IsUnhealthyWithTheException()
    {
        var failure = new IOException("disk gone");
        var check = new StoreHealthCheck(new FailingStore(failure));

        var result = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Same(failure, result.Exception);
    }

    /// <summary>A store whose every call fails: only the version is asked for by the check.</summary>
    private sealed class FailingStore(Exception failure) : INetworkStore
    {
        public Task<long> GetVersionAsync(CancellationToken cancellationToken = default) => Task.FromException<long>(failure);

        public Task<NetworkSnapshot> ReadSnapshotAsync(CancellationToken cancellationToken = default) => throw failure;

        public Task<Initiative?> GetInitiativeAsync(CancellationToken cancellationToken = default) => throw failure;

        public Task<IReadOnlyList<INetworkNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => throw failure;

        public Task<Page<Goal>> ListGoalsAsync(GoalFilter filter, PageRequest page, CancellationToken cancellationToken = default) => throw failure;

        public Task<Page<Indicator>> ListIndicatorsAsync(IndicatorFilter filter, PageRequest page, CancellationToken cancellationToken = default) => throw failure;

        public Task<Page<Organization>> ListOrganizationsAsync(OrganizationFilter filter, PageRequest page, CancellationToken cancellationToken = default) => throw failure;

        public Task<Page<Person>> ListPeopleAsync(PersonFilter filter, PageRequest page, CancellationToken cancellationToken = default) => throw failure;

        public Task<Page<Activity>> ListActivitiesAsync(ActivityFilter filter, PageRequest page, CancellationToken cancellationToken = default) => throw failure;

        public Task<Page<Tie>> ListTiesAsync(TieFilter filter, PageRequest page, CancellationToken cancellationToken = default) => throw failure;

        public Task<IReadOnlyList<Measurement>> ListMeasurementsAsync(IReadOnlyCollection<string> indicatorIds, CancellationToken cancellationToken = default) => throw failure;

        public Task<WriteResult> WriteAsync(NetworkChange change, CancellationToken cancellationToken = default) => throw failure;
    }
}
