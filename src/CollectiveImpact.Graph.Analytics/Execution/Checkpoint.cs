using System.Runtime.CompilerServices;

namespace CollectiveImpact.Graph.Analytics.Execution;

/// <summary>
/// Where a long loop looks at its cancellation token. Looking costs a volatile read, cheap but not free inside loops
/// that do a few nanoseconds of work per step, so those look once per <see cref="Interval"/> steps; loops whose steps
/// are a search or a pass over the graph look every step instead.
/// </summary>
internal static class Checkpoint
{
    /// <summary>
    /// Steps between looks in the tightest loops: on the 20,000-organization network a step of those loops is at most a
    /// few microseconds (an edge's common neighbours, a pair's popcounts), so 1,024 of them stay far below 100 ms.
    /// </summary>
    public const int Interval = 1024;

    /// <summary>Throws <see cref="OperationCanceledException"/> when cancellation was asked for and <paramref name="step"/> is a multiple of <see cref="Interval"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Every(long step, CancellationToken cancellationToken)
    {
        if ((step & (Interval - 1)) == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }
    }
}
