namespace CollectiveImpact.Graph.Api.Services.Scheduling;

/// <summary>
/// How much analysis work the service takes on at once (section <c>Scheduler</c>); docs/security.md sets each default
/// beside what GitHub's and Shopify's APIs allow.
/// </summary>
public sealed record SchedulerOptions
{
    public const string Section = "Scheduler";

    /// <summary>
    /// Dedicated worker threads that run analyses; 0 (the default) for the processor count − 1, at least 1, so one core
    /// is always left to Kestrel, health checks, lists and lookups.
    /// </summary>
    public int Workers { get; set; }

    /// <summary>How many analyses may wait for a worker, all callers together; beyond it, SERVICE_OVERLOADED (HTTP 503).</summary>
    public int MaxQueued { get; set; } = 32;

    /// <summary>
    /// How many of one caller's analyses may wait for a worker; beyond it, RATE_LIMITED (HTTP 429). Ten: the web map asks
    /// for its ten analyses at once when it opens, each in a request of its own, and must get all of them on one key.
    /// </summary>
    public int MaxQueuedPerCaller { get; set; } = 10;

    /// <summary>
    /// An analysis whose estimated wait for a worker (the work ahead times the recent mean computation time, over the
    /// workers) is at least this is refused at once (SERVICE_OVERLOADED, 503) instead of timing out in the queue; an
    /// analysis finding the queue empty is always taken. Keep it at or below <c>Limits:ExecutionTimeout</c> (30 s).
    /// </summary>
    public TimeSpan MaxQueueWait { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many analysis fields one operation may select; more are refused before execution (TOO_MANY_ANALYSES).</summary>
    public int MaxAnalysesPerRequest { get; set; } = 5;

    /// <summary>The worker count in effect: <see cref="Workers"/>, or the processor count − 1 (at least 1) when it is 0.</summary>
    public int EffectiveWorkers => Workers > 0 ? Workers : Math.Max(1, Environment.ProcessorCount - 1);

    public IEnumerable<string> Problems()
    {
        if (Workers < 0) yield return "Scheduler:Workers must be zero (processors − 1) or more.";
        // An analysis passes through the queue even when a worker is idle: with no room there, none would ever run.
        if (MaxQueued < 1) yield return "Scheduler:MaxQueued must be at least 1.";
        if (MaxQueuedPerCaller < 1) yield return "Scheduler:MaxQueuedPerCaller must be at least 1.";
        if (MaxQueueWait <= TimeSpan.Zero) yield return "Scheduler:MaxQueueWait must be positive.";
        if (MaxAnalysesPerRequest < 1) yield return "Scheduler:MaxAnalysesPerRequest must be at least 1.";
    }
}
