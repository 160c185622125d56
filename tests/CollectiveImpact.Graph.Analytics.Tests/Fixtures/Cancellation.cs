namespace CollectiveImpact.Graph.Analytics.Tests.Fixtures;

/// <summary>
/// Tokens for the cancellation tests and the one assertion they share: the computation threw
/// <see cref="OperationCanceledException"/> for the token it was given (not for some other reason, and not wrapped in
/// an <see cref="AggregateException"/> by a parallel loop).
/// </summary>
internal static class Cancellation
{
    /// <summary>
    /// How long after the start a "cancelled shortly after start" token fires. The computations it is used with run for
    /// seconds or more uncancelled, so it lands mid-run; if the machine is so busy that the run has not begun, the entry
    /// check throws instead, which is still the behaviour asked for.
    /// </summary>
    public static readonly TimeSpan ShortlyAfterStart = TimeSpan.FromMilliseconds(50);

    public static CancellationToken Already { get; } = new(canceled: true);

    public static void AssertStops(Action<CancellationToken> compute, CancellationToken token)
    {
        var thrown = Assert.ThrowsAny<OperationCanceledException>(() => compute(token));
        Assert.Equal(token, thrown.CancellationToken);
    }

    /// <summary>Runs <paramref name="compute"/> with a token cancelled <see cref="ShortlyAfterStart"/> and asserts it stopped.</summary>
    /// <remarks>
    /// The token is cancelled from a thread of its own, not by <c>CancellationTokenSource(delay)</c>: that timer fires on
    /// the ThreadPool, which the parallel test run can starve for seconds, so the token fired only after the run ended.
    /// </remarks>
    public static void AssertStopsShortlyAfterStart(Action<CancellationToken> compute)
    {
        using var source = new CancellationTokenSource();
        var canceller = new Thread(() =>
        {
            Thread.Sleep(ShortlyAfterStart);
            source.Cancel();
        });
        canceller.IsBackground = true;
        canceller.Start();
        try
        {
            AssertStops(compute, source.Token);
        }
        finally
        {
            canceller.Join();
        }
    }
}
