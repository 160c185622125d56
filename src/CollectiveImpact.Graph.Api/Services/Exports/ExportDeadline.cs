namespace CollectiveImpact.Graph.Api.Services.Exports;

/// <summary>Stops a long file write once its request's deadline has passed, without a check per row.</summary>
public static class ExportDeadline
{
    /// <summary>Throws when <paramref name="cancellationToken"/> is cancelled; looks every 4,096 rows, nodes or edges.</summary>
    public static void CheckEvery(int index, CancellationToken cancellationToken)
    {
        if ((index & 4095) == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }
    }
}
