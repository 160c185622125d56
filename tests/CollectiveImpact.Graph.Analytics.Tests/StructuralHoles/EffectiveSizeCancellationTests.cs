using CollectiveImpact.Graph.Analytics.StructuralHoles;
using CollectiveImpact.Graph.Analytics.Tests.Fixtures;

namespace CollectiveImpact.Graph.Analytics.Tests.StructuralHoles;

/// <summary>Burt's effective size stops when cancelled, through Borgatti's triangle count (unweighted) and Burt's formula (weighted); its values with a live token are EffectiveSizeTests' (NetworkX's).</summary>
public sealed class EffectiveSizeCancellationTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Compute_AlreadyCancelled_ThrowsOperationCanceled(bool weighted) =>
        Cancellation.AssertStops(token => EffectiveSize.Compute(CanonicalGraphs.Borgatti(weighted), weighted, token), Cancellation.Already);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Compute_CancelledShortlyAfterStartOnAMillionEdges_ThrowsOperationCanceled(bool weighted)
    {
        var graph = LargeGraphs.Dense;

        Cancellation.AssertStopsShortlyAfterStart(token => EffectiveSize.Compute(graph, weighted, token));
    }
}
