using System.Diagnostics;
using CollectiveImpact.Graph.Api.Caching;

namespace CollectiveImpact.Graph.Api.Services.Jobs;

/// <summary>
/// One analysis running in the background for whoever asks for it (<see cref="AnalysisJobs"/>): the same analysis, parameters
/// and network version are the same job, whoever asks. Its state, times, failure and result change only under the
/// registry's lock; <see cref="Progress"/> is written by the measure from its worker and read by anyone.
/// </summary>
public sealed class AnalysisJob : IProgress<double>
{
    private double progress;

    internal AnalysisJob(string id, AnalysisKey key, object parameters, string caller, DateTimeOffset queuedAt)
    {
        Id = id;
        Key = key;
        Parameters = parameters;
        Caller = caller;
        QueuedAt = queuedAt;
        LastSeen = queuedAt;
    }

    /// <summary>An opaque, unguessable id (128 random bits): knowing it is what lets a caller poll the job.</summary>
    public string Id { get; }

    /// <summary>The cache key of the result it computes: the analysis, its parameters in canonical form and the version.</summary>
    public AnalysisKey Key { get; }

    /// <summary>The analysis it runs (an <c>IAnalysis&lt;T&gt;</c> record), as the request gave it: echoed with its result.</summary>
    public object Parameters { get; }

    /// <summary>The analysis's name, e.g. <c>centrality</c>.</summary>
    public string Analysis => Key.Analysis;

    /// <summary>The network version it reads; its result is for that version only.</summary>
    public long NetworkVersion => Key.NetworkVersion;

    /// <summary>Who started it (<c>Caller.PartitionKey</c>): the one caller besides the backbone who may cancel it.</summary>
    public string Caller { get; }

    public JobState State { get; internal set; }

    /// <summary>The fraction done, 0 to 1, as the measure reports it (0 for a measure that reports nothing until it ends).</summary>
    public double Progress => Volatile.Read(ref progress);

    public DateTimeOffset QueuedAt { get; }

    public DateTimeOffset? StartedAt { get; internal set; }

    public DateTimeOffset? FinishedAt { get; internal set; }

    /// <summary>Why it failed (<see cref="JobState.Failed"/>) or was cancelled; null otherwise.</summary>
    public Exception? Failure { get; internal set; }

    /// <summary>The <c>ComputedAnalysis&lt;T&gt;</c> when it succeeded; the same value is in the analysis cache.</summary>
    public object? Result { get; internal set; }

    /// <summary>The last time anybody started, joined or polled it: <see cref="JobOptions.AbandonAfter"/> counts from here.</summary>
    public DateTimeOffset LastSeen { get; internal set; }

    /// <summary>Whether it is over (succeeded, failed, cancelled or expired).</summary>
    public bool IsFinal => State is JobState.Succeeded or JobState.Failed or JobState.Cancelled or JobState.Expired;

    /// <summary>Cancelled to stop the work: by a cancel, an expiry, or the registry's shutdown.</summary>
    internal CancellationTokenSource Stop { get; } = new();

    /// <summary>The job's span, from queued to final.</summary>
    internal Activity? Activity { get; set; }

    /// <summary>
    /// The seconds left while it runs, from the time it has run and the fraction done: elapsed × (1 − f) / f; null while
    /// queued, finished, or before the measure reported any progress.
    /// </summary>
    public double? EstimatedSecondsLeft(DateTimeOffset now)
    {
        var fraction = Progress;
        if (State != JobState.Running || StartedAt is not { } started || fraction <= 0)
        {
            return null;
        }

        var elapsed = Math.Max(0, (now - started).TotalSeconds);
        return elapsed * (1 - fraction) / fraction;
    }

    /// <summary>The measure's report: kept between 0 and 1 and never moving backwards.</summary>
    public void Report(double value)
    {
        if (double.IsNaN(value))
        {
            return;
        }

        var clamped = Math.Clamp(value, 0, 1);
        double seen;
        do
        {
            seen = Volatile.Read(ref progress);
            if (clamped <= seen)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref progress, clamped, seen) != seen);
    }

    internal void Complete() => Volatile.Write(ref progress, 1);
}
