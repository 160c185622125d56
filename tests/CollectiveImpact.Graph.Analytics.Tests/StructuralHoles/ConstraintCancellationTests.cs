using CollectiveImpact.Graph.Analytics.StructuralHoles;
using CollectiveImpact.Graph.Analytics.Tests.Fixtures;

namespace CollectiveImpact.Graph.Analytics.Tests.StructuralHoles;

/// <summary>Burt's constraint stops when cancelled; its values with a live token are ConstraintTests' (NetworkX's).</summary>
public sealed class ConstraintCancellationTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Compute_AlreadyCancelled_ThrowsOperationCanceled(bool weighted) =>
        Cancellation.AssertStops(token => Constraint.Compute(CanonicalGraphs.Borgatti(weighted), weighted, token), Cancellation.Already);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Compute_CancelledShortlyAfterStartOnAMillionEdges_ThrowsOperationCanceled(bool weighted)
    {
        var graph = LargeGraphs.Dense;

        Cancellation.AssertStopsShortlyAfterStart(token => Constraint.Compute(graph, weighted, token));
    }
}
