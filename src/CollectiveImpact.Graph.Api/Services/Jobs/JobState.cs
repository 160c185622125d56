namespace CollectiveImpact.Graph.Api.Services.Jobs;

/// <summary>Where an <see cref="AnalysisJob"/> stands. The last four are final.</summary>
public enum JobState
{
    /// <summary>Waiting for a job worker.</summary>
    Queued,

    /// <summary>On a job worker; <see cref="AnalysisJob.Progress"/> says how far.</summary>
    Running,

    /// <summary>Done; the result is cached for its network version and kept on the job.</summary>
    Succeeded,

    /// <summary>The analysis failed; <see cref="AnalysisJob.Failure"/> says why.</summary>
    Failed,

    /// <summary>Cancelled by the caller who started it, by the backbone, or superseded by the same analysis on a newer version.</summary>
    Cancelled,

    /// <summary>Nobody asked about it for <see cref="JobOptions.AbandonAfter"/>: stopped.</summary>
    Expired,
}
