using CollectiveImpact.Graph.Api.Services.Errors;
using CollectiveImpact.Graph.Api.Services.Scheduling;
using GraphQL;
using GraphQL.DI;

namespace CollectiveImpact.Graph.Api.GraphQL.Errors;

/// <summary>
/// Keeps the endpoint's unhandled-exception log for the unexpected. A service's refusal on purpose
/// (<see cref="ServiceProblem"/>: a bad argument, an unknown id, a refused write) and an analysis the scheduler refused
/// (<see cref="SchedulerRejectedException"/>, expected under load and logged once by the scheduler) reach GraphQL.NET as
/// exceptions, yet nothing unexpected happened: <see cref="ApiErrorInfoProvider"/> answers them with their own codes,
/// so the request's unhandled-exception delegate (an error with a stack trace each, hundreds in a flood) is not called.
/// </summary>
public sealed class RefusalLogFilter : IConfigureExecution
{
    /// <summary>After the endpoint and the other configurations have set the delegate it wraps.</summary>
    public float SortOrder => 1_000;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        var log = options.UnhandledExceptionDelegate;
        options.UnhandledExceptionDelegate = context =>
            context.OriginalException is SchedulerRejectedException or ServiceProblem ? Task.CompletedTask : log(context);
        return next(options);
    }
}
