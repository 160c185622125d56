namespace CollectiveImpact.Graph.Api.Services.Imports;

/// <summary>
/// One file import at a time: reading a workbook costs memory in proportion to the network (about 400 MiB at 20,000
/// organizations), and the store writes one change at a time anyway, so a second import waits for the first (within
/// its own deadline) instead of doubling the peak.
/// </summary>
public sealed class ImportGate : IDisposable
{
    private readonly SemaphoreSlim turn = new(1, 1);

    /// <summary>Waits for the turn; dispose the result to give it back. Cancelled with the caller's deadline.</summary>
    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await turn.WaitAsync(cancellationToken);
        return new Turn(turn);
    }

    public void Dispose() => turn.Dispose();

    private sealed class Turn(SemaphoreSlim turn) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                turn.Release();
            }
        }
    }
}
