using System.Runtime.CompilerServices;
using System.Security.Claims;
using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Api.GraphQL.Errors;
using GraphQL;

namespace CollectiveImpact.Graph.Api.GraphQL.Authorization;

/// <summary>The caller of the request a resolver runs for.</summary>
public static class ResolveContextCallerExtensions
{
    // Every field asks (FieldAccessMiddleware): read from the claims once per request's principal, not once per field.
    // The table holds the principal weakly, so the entry goes with the request.
    private static readonly ConditionalWeakTable<ClaimsPrincipal, Caller> Callers = [];

    /// <summary>
    /// The authenticated caller. The endpoint answers 401 before executing anything for a request without one, so
    /// a missing caller here is a bug, reported as UNAUTHENTICATED rather than treated as anyone.
    /// </summary>
    public static Caller Caller(this IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.User is not { } user)
        {
            throw Unauthenticated();
        }

        if (Callers.TryGetValue(user, out var known))
        {
            return known;
        }

        var caller = Auth.Caller.From(user) ?? throw Unauthenticated();
        Callers.AddOrUpdate(user, caller);
        return caller;
    }

    private static ApiError Unauthenticated() => new(ErrorCodes.Unauthenticated, "The request is not authenticated.");
}
