using System.Diagnostics.Metrics;
using CollectiveImpact.Graph.Api.Services;

namespace CollectiveImpact.Graph.Api.Observability;

/// <summary>
/// The size of the network version last read (<see cref="ProjectionProvider.Latest"/>), as observable gauges: nodes by
/// kind, ties, and the version. Nothing is read from the store to answer them; before the first read they report nothing.
/// </summary>
public sealed class NetworkSizeMetrics
{
    public NetworkSizeMetrics(IMeterFactory meterFactory, ProjectionProvider projections)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        ArgumentNullException.ThrowIfNull(projections);
        var meter = meterFactory.Create(ApiTelemetry.Name);
        meter.CreateObservableGauge("cig.network.nodes", () => Nodes(projections.Latest), "{node}", "Nodes of the current network version, by kind.");
        meter.CreateObservableGauge("cig.network.ties", () => Single(projections.Latest, n => n.Network.Counts.Ties), "{tie}", "Ties of the current network version.");
        meter.CreateObservableGauge("cig.network.version", () => Single(projections.Latest, n => n.Version), "{version}", "The network version last read.");
    }

    private static Measurement<long>[] Nodes(ProjectedNetwork? network)
    {
        if (network is null)
        {
            return [];
        }

        var counts = network.Network.Counts;
        return
        [
            Kind(counts.Initiatives, "initiative"),
            Kind(counts.Goals, "goal"),
            Kind(counts.Indicators, "indicator"),
            Kind(counts.Organizations, "organization"),
            Kind(counts.People, "person"),
            Kind(counts.Activities, "activity"),
        ];

        static Measurement<long> Kind(int count, string kind) => new(count, new KeyValuePair<string, object?>("cig.node.kind", kind));
    }

    private static Measurement<long>[] Single(ProjectedNetwork? network, Func<ProjectedNetwork, long> read) =>
        network is null ? [] : [new Measurement<long>(read(network))];
}
