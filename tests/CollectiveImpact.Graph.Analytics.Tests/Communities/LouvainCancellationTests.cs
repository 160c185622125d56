using CollectiveImpact.Graph.Analytics.Communities;
using CollectiveImpact.Graph.Analytics.Tests.Fixtures;

namespace CollectiveImpact.Graph.Analytics.Tests.Communities;

/// <summary>Louvain stops when cancelled; its results with a live token are LouvainTests' (NetworkX's modularity).</summary>
public sealed class LouvainCancellationTests
{
    [Fact]
    public void Detect_AlreadyCancelled_ThrowsOperationCanceled() =>
        Cancellation.AssertStops(token => Louvain.Detect(CanonicalGraphs.Complete(5), seed: 1, cancellationToken: token), Cancellation.Already);

    [Fact]
    public void Detect_CancelledShortlyAfterStartOnAMillionEdges_ThrowsOperationCanceled()
    {
        var graph = LargeGraphs.Wide;

        Cancellation.AssertStopsShortlyAfterStart(token => Louvain.Detect(graph, seed: 1, cancellationToken: token));
    }
}
