namespace CollectiveImpact.Graph.Api.Services.Jobs;

/// <summary>
/// Background analysis jobs (section <c>Jobs</c>): what runs as one, on how many workers, how many may wait, and how long
/// one is kept without anybody asking about it. docs/jobs.md explains each default.
/// </summary>
public sealed record JobOptions
{
    public const string Section = "Jobs";

    /// <summary>
    /// Dedicated worker threads for jobs, apart from the request-time analysis workers and at below-normal priority, so
    /// request-time analyses keep their worker(s) and stay fast on a 2-core machine. Default 1.
    /// </summary>
    public int Workers { get; set; } = 1;

    /// <summary>
    /// Threads one job's measure may use (the shortest-path measures split their sources across them). Default 1, so
    /// a job takes one core and a 2-core machine keeps the other for requests. Raise it where cores are spare: exact
    /// betweenness on the FULL projection of 20,000 organizations took 407 s as a job on one thread, 208 s on two
    /// (docs/jobs.md). The job worker runs at below-normal priority; the extra threads are the runtime's pool threads,
    /// at normal priority.
    /// </summary>
    public int ThreadsPerJob { get; set; } = 1;

    /// <summary>How many jobs may be queued or running at once, all callers together; beyond it, SERVICE_OVERLOADED.</summary>
    public int MaxQueued { get; set; } = 8;

    /// <summary>How many jobs one caller may have queued or running at once; beyond it, RATE_LIMITED.</summary>
    public int MaxQueuedPerCaller { get; set; } = 2;

    /// <summary>
    /// A job nobody has asked about (started, joined or polled) for this long is abandoned: stopped if queued or running
    /// (state EXPIRED), forgotten if finished. Nothing keeps running once nobody is waiting for it. Default 10 minutes.
    /// </summary>
    public TimeSpan AbandonAfter { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// An analysis that can run as a job (centrality, the distance part of networkMetrics) does so when its estimated
    /// time (GraphQL/Limits/AnalysisCost) is above this; below it, it runs inside the request as before. Default 10 s:
    /// a third of the 30 s request deadline, so a request keeps room for its other fields and for queueing.
    /// </summary>
    public TimeSpan RunAsJobAbove { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How many finished jobs are remembered (for polling and the job list); the oldest are forgotten first.</summary>
    public int MaxFinished { get; set; } = 64;

    public IEnumerable<string> Problems()
    {
        if (Workers < 1) yield return "Jobs:Workers must be at least 1.";
        if (ThreadsPerJob < 1) yield return "Jobs:ThreadsPerJob must be at least 1.";
        if (MaxQueued < 1) yield return "Jobs:MaxQueued must be at least 1.";
        if (MaxQueuedPerCaller < 1) yield return "Jobs:MaxQueuedPerCaller must be at least 1.";
        if (AbandonAfter <= TimeSpan.Zero) yield return "Jobs:AbandonAfter must be positive.";
        if (RunAsJobAbove < TimeSpan.Zero) yield return "Jobs:RunAsJobAbove must not be negative.";
        if (MaxFinished < 0) yield return "Jobs:MaxFinished must not be negative.";
    }
}
