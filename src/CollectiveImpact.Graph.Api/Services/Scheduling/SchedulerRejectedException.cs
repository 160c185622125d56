namespace CollectiveImpact.Graph.Api.Services.Scheduling;

/// <summary>
/// An analysis the scheduler could not queue; nothing was computed. Transport-neutral: the error provider maps it to a
/// code and the endpoint to an HTTP status and <c>Retry-After</c>.
/// </summary>
public sealed class SchedulerRejectedException(RejectionReason reason, TimeSpan retryAfter, string message) : Exception(message)
{
    public RejectionReason Reason { get; } = reason;

    /// <summary>When a retry is likely to be queued: the work ahead times the recent mean computation time, over the workers.</summary>
    public TimeSpan RetryAfter { get; } = retryAfter;

    /// <summary><see cref="RetryAfter"/> in whole seconds, at least 1, as a <c>Retry-After</c> header carries it.</summary>
    public int RetryAfterSeconds => Math.Max(1, (int)Math.Ceiling(RetryAfter.TotalSeconds));
}
