using CollectiveImpact.Graph.Api.Health;
using CollectiveImpact.Graph.Api.Services.Jobs;
using CollectiveImpact.Graph.Api.Services.Memory;
using CollectiveImpact.Graph.Api.Services.Scheduling;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CollectiveImpact.Graph.Api.Extensions;

/// <summary>
/// The analysis scheduler: its options (section <c>Scheduler</c>), the per-request lane, the background jobs (section
/// <c>Jobs</c>), its readiness entry, and the trim of the heap once they are idle (section <c>MemoryTrim</c>).
/// </summary>
public static class SchedulingExtensions
{
    public static IHostApplicationBuilder AddAnalysisScheduler(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SchedulerOptions>().BindConfiguration(SchedulerOptions.Section)
            .Validate(o => !o.Problems().Any(), "The Scheduler section is invalid: Workers must not be negative, MaxQueued, MaxQueuedPerCaller and MaxAnalysesPerRequest must be at least 1, MaxQueueWait positive.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddSingleton<AnalysisScheduler>();
        services.AddOptions<JobOptions>().BindConfiguration(JobOptions.Section)
            .Validate(o => !o.Problems().Any(), "The Jobs section is invalid: Workers, ThreadsPerJob, MaxQueued and MaxQueuedPerCaller must be at least 1, AbandonAfter positive, RunAsJobAbove and MaxFinished not negative.")
            .ValidateOnStart();
        services.AddSingleton<AnalysisJobs>();
        services.AddScoped<AnalysisLane>();
        services.AddHealthChecks().AddCheck<SchedulerHealthCheck>("scheduler", tags: [HealthExtensions.ReadyTag]);
        services.AddOptions<MemoryTrimOptions>().BindConfiguration(MemoryTrimOptions.Section)
            .Validate(o => !o.Problems().Any(), "The MemoryTrim section is invalid: IdleFor, CheckInterval and FollowUpAfter must be positive, the byte settings not negative.")
            .ValidateOnStart();
        services.AddSingleton<IdleMemoryTrimmer>();
        services.AddHostedService(provider => provider.GetRequiredService<IdleMemoryTrimmer>());
        return builder;
    }
}
