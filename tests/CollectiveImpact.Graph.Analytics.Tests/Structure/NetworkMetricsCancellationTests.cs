using CollectiveImpact.Graph.Analytics.Structure;
using CollectiveImpact.Graph.Analytics.Tests.Fixtures;

namespace CollectiveImpact.Graph.Analytics.Tests.Structure;

/// <summary>The network-level measures stop when cancelled; their values with a live token are NetworkMetricsTests' (NetworkX's).</summary>
public sealed class NetworkMetricsCancellationTests
{
    [Fact]
    public void Compute_AlreadyCancelled_ThrowsOperationCanceled() =>
        Cancellation.AssertStops(token => NetworkMetrics.Compute(CanonicalGraphs.Path(5), new Dictionary<string, string?>(), cancellationToken: token), Cancellation.Already);

    [Fact]
    public void Compute_CancelledShortlyAfterStartOnADenseGraph_ThrowsOperationCanceled()
    {
        // The cheap measures finish too soon on the 20,000-organization graph to be cancelled reliably; the dense graph's
        // triangles take far longer. (The all-pairs average path has its own test in AveragePathLengthTests.)
        var graph = LargeGraphs.Dense;

        Cancellation.AssertStopsShortlyAfterStart(token => NetworkMetrics.Compute(graph, new Dictionary<string, string?>(), cancellationToken: token));
    }
}
