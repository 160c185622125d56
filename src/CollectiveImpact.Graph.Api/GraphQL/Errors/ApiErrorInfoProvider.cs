using CollectiveImpact.Graph.Api.Services.Errors;
using CollectiveImpact.Graph.Api.Services.Scheduling;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Errors.Custom;

namespace CollectiveImpact.Graph.Api.GraphQL.Errors;

/// <summary>
/// Shapes every error the endpoint returns: each gets a stable <c>extensions.code</c> from <see cref="ErrorCodes"/>,
/// refused writes list their problems, and unexpected exceptions are masked (their details appear only in
/// Development; they are always logged by the endpoint).
/// </summary>
public sealed class ApiErrorInfoProvider(IHostEnvironment environment) : IErrorInfoProvider
{
    public const string MaskedMessage = "An unexpected error occurred. It has been logged.";

    /// <summary>Codes our own validation rules report; they reach the client as they are.</summary>
    private static readonly HashSet<string> OwnValidationCodes =
    [
        ErrorCodes.MethodNotAllowed, ErrorCodes.Forbidden, ErrorCodes.QueryTooDeep, ErrorCodes.QueryTooComplex, ErrorCodes.TooManyAliases,
        ErrorCodes.TooManyAnalyses,
    ];

    private readonly bool exposeDetails = environment.IsDevelopment();

    public ErrorInfo GetInfo(ExecutionError executionError)
    {
        ArgumentNullException.ThrowIfNull(executionError);
        if (executionError.InnerException is SchedulerRejectedException rejected)
        {
            return Rejection(rejected);
        }

        // GraphQL.NET wraps what a service throws in an UnhandledError; a refusal on purpose is shaped as if the
        // resolver had thrown the ApiError itself.
        if (executionError.InnerException is ServiceProblem problem)
        {
            executionError = ApiError.From(problem);
        }

        var extensions = new Dictionary<string, object?>();
        var message = executionError.Message;
        switch (executionError)
        {
            case ApiError api:
                extensions["code"] = api.Code;
                if (api.Code == ErrorCodes.Conflict)
                {
                    extensions["currentRevision"] = api.CurrentRevision;
                }

                if (api.Problems.Count > 0)
                {
                    extensions["problems"] = api.Problems
                        .Select(p => new Dictionary<string, object?> { ["path"] = p.Path, ["code"] = p.Code, ["message"] = p.Message })
                        .ToList();

                    // The list may be capped (Import:MaxProblems): the true total and what was left out.
                    extensions["problemCount"] = api.ProblemCount;
                    extensions["problemsOmitted"] = api.ProblemCount - api.Problems.Count;
                }

                break;
            case SyntaxError:
                extensions["code"] = ErrorCodes.ParseFailed;
                break;
            case NoIntrospectionError:
                extensions["code"] = ErrorCodes.IntrospectionDisabled;
                message = "Introspection is turned off on this server (Limits:Introspection); the schema is published in schema.graphql.";
                break;
            case ValidationError validation:
                if (validation.Code is { } own && OwnValidationCodes.Contains(own))
                {
                    extensions["code"] = own;
                    break;
                }

                extensions["code"] = ErrorCodes.ValidationFailed;
                AddRule(extensions, validation.Code, validation.Number);
                break;
            case DocumentError document:
                extensions["code"] = ErrorCodes.ValidationFailed;
                AddRule(extensions, document.Code, null);
                break;
            case RequestError:
                extensions["code"] = ErrorCodes.BadRequest;
                break;
            default:
                // UnhandledError and anything else GraphQL.NET raised from an exception we did not throw on purpose.
                extensions["code"] = ErrorCodes.Internal;
                message = MaskedMessage;
                if (exposeDetails)
                {
                    extensions["details"] = (executionError.InnerException ?? executionError).ToString();
                }

                break;
        }

        return new ErrorInfo { Message = message, Extensions = extensions };
    }

    /// <summary>
    /// An analysis the scheduler refused: SERVICE_OVERLOADED when the shared queue is full or too long to wait in,
    /// RATE_LIMITED when the caller's share is full; both say when to retry. Not masked: nothing unexpected happened.
    /// </summary>
    private static ErrorInfo Rejection(SchedulerRejectedException rejected) => new()
    {
        Message = rejected.Message,
        Extensions = new Dictionary<string, object?>
        {
            ["code"] = rejected.Reason == RejectionReason.CallerShareFull ? ErrorCodes.RateLimited : ErrorCodes.ServiceOverloaded,
            ["retryAfterSeconds"] = rejected.RetryAfterSeconds,
        },
    };

    /// <summary>The GraphQL.NET rule code and spec section, which say which rule a query broke.</summary>
    private static void AddRule(Dictionary<string, object?> extensions, string? rule, string? specSection)
    {
        if (!string.IsNullOrEmpty(rule))
        {
            extensions["rule"] = rule;
        }

        if (!string.IsNullOrEmpty(specSection))
        {
            extensions["specSection"] = specSection;
        }
    }
}
