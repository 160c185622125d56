using CollectiveImpact.Graph.Api.GraphQL.Errors;
using CollectiveImpact.Graph.Api.Services.Errors;
using CollectiveImpact.Graph.Api.Services.Scheduling;

namespace CollectiveImpact.Graph.Api.Observability;

/// <summary>The bounded <c>cig.outcome</c> label of an analysis: <c>ok</c>, an error code, <c>cancelled</c> or <c>error</c>.</summary>
internal static class TelemetryOutcome
{
    public const string Ok = "ok";

    public static string Of(Exception error) => error switch
    {
        ApiError api => api.Code ?? "error",
        ServiceProblem problem => ApiError.From(problem).Code ?? "error",
        SchedulerRejectedException rejected => rejected.Reason == RejectionReason.CallerShareFull ? ErrorCodes.RateLimited : ErrorCodes.ServiceOverloaded,
        OperationCanceledException => "cancelled",
        _ => "error",
    };
}
