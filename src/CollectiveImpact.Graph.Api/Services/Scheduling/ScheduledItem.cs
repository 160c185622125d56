namespace CollectiveImpact.Graph.Api.Services.Scheduling;

/// <summary>
/// One analysis in <see cref="AnalysisScheduler"/>: the work, how to complete its waiter, and where it stands. Its
/// <see cref="State"/>, <see cref="Node"/> and <see cref="StopRequestedAt"/> change only under the scheduler's lock.
/// </summary>
internal sealed class ScheduledItem(string caller, Action<CancellationToken> execute, Action<Exception> fail, Action cancel)
{
    public string Caller { get; } = caller;

    /// <summary>Runs the work with the token that asks it to stop, and completes the waiter with its result.</summary>
    public Action<CancellationToken> Execute { get; } = execute;

    /// <summary>Completes the waiter with the work's exception.</summary>
    public Action<Exception> Fail { get; } = fail;

    /// <summary>Completes the waiter as cancelled.</summary>
    public Action Cancel { get; } = cancel;

    /// <summary>Cancelled when nobody waits any more: the work must stop.</summary>
    public CancellationTokenSource Stop { get; } = new();

    public ScheduledItemState State { get; set; }

    /// <summary>Its place in its caller's queue while <see cref="ScheduledItemState.Queued"/>, for removal in O(1).</summary>
    public LinkedListNode<ScheduledItem>? Node { get; set; }

    /// <summary>The timestamp at which its waiters left while it ran; null while somebody waits.</summary>
    public long? StopRequestedAt { get; set; }

    public CancellationTokenRegistration Registration { get; set; }
}
