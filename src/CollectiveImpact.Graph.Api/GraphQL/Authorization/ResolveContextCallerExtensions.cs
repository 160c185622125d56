using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Api.GraphQL.Errors;
using GraphQL;

namespace CollectiveImpact.Graph.Api.GraphQL.Authorization;

/// <summary>The caller of the request a resolver runs for.</summary>
public static class ResolveContextCallerExtensions
{
    /// <summary>
    /// The authenticated caller. The endpoint answers 401 before executing anything for a request without one, so
    /// a missing caller here is a bug, reported as UNAUTHENTICATED rather than treated as anyone.
    /// </summary>
    public static Caller Caller(this IResolveFieldContext context) =>
        Auth.Caller.From(context.User) ?? throw new ApiError(ErrorCodes.Unauthenticated, "The request is not authenticated.");
}
