using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Generation;

namespace CollectiveImpact.Graph.Analytics.Tests.Fixtures;

/// <summary>
/// The generated 20,000-organization network of the issue on cancellation (default generator options, seed 1: about
/// 4,000 activities and 118,000 ORGANIZATIONS edges), generated once per test run and shared: the size at which the
/// analyses ran for seconds to minutes and a timed-out one kept running.
/// </summary>
internal static class LargeNetwork
{
    private static readonly Lazy<(Network Network, NetworkProjection Organizations)> Generated = new(() =>
    {
        var network = NetworkGenerator.Generate(new NetworkGeneratorOptions { Organizations = 20_000 });
        return (network, NetworkProjector.Project(network, ProjectionKind.Organizations));
    });

    public static Network Network => Generated.Value.Network;

    public static NetworkProjection Organizations => Generated.Value.Organizations;
}
