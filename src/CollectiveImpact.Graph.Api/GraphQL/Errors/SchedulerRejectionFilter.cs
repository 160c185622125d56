using CollectiveImpact.Graph.Api.Services.Scheduling;
using GraphQL;
using GraphQL.DI;

namespace CollectiveImpact.Graph.Api.GraphQL.Errors;

/// <summary>
/// Keeps the endpoint's unhandled-exception log for the unexpected. An analysis the scheduler refused
/// (<see cref="SchedulerRejectedException"/>) is expected under load: the scheduler logs it once, without a stack
/// trace, and <see cref="ApiErrorInfoProvider"/> answers it with its own code, so the request's unhandled-exception
/// delegate (an error with a stack trace per refusal, hundreds in a flood) is not called for it.
/// </summary>
public sealed class SchedulerRejectionFilter : IConfigureExecution
{
    /// <summary>After the endpoint and the other configurations have set the delegate it wraps.</summary>
    public float SortOrder => 1_000;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        var log = options.UnhandledExceptionDelegate;
        options.UnhandledExceptionDelegate = context =>
            context.OriginalException is SchedulerRejectedException ? Task.CompletedTask : log(context);
        return next(options);
    }
}
