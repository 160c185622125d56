using System.Net;

namespace CollectiveImpact.Graph.Store.Neo4j;

/// <summary>Turns what the server said went wrong into the exception callers branch on.</summary>
internal static class Neo4jErrors
{
    public const string ConstraintValidationFailed = "Neo.ClientError.Schema.ConstraintValidationFailed";

    private const string SecurityPrefix = "Neo.ClientError.Security.";
    private const string TransientPrefix = "Neo.TransientError.";

    public static Neo4jException FromError(QueryApiError error, string server) => error.Code switch
    {
        var code when code.StartsWith(SecurityPrefix, StringComparison.Ordinal) =>
            new Neo4jAuthenticationException($"Neo4j at {server} refused the credentials ({code}): {error.Message}", code),
        ConstraintValidationFailed =>
            new Neo4jConstraintViolationException($"Neo4j refused a write that breaks a schema constraint: {error.Message}", error.Code),
        var code when code.StartsWith(TransientPrefix, StringComparison.Ordinal) =>
            new Neo4jTransientException($"Neo4j failed the transaction transiently ({code}): {error.Message}", code),
        var code => new Neo4jException($"Neo4j refused the request ({code}): {error.Message}", code),
    };

    /// <summary>An error for a response that carried no Neo4j error of its own.</summary>
    public static Neo4jException FromStatus(HttpStatusCode status, string server, string body) => status switch
    {
        HttpStatusCode.Unauthorized => new Neo4jAuthenticationException(
            $"Neo4j at {server} refused the credentials (HTTP 401); check Neo4j:User and Neo4j:Password, or Neo4j:Token."),
        HttpStatusCode.Forbidden => new Neo4jAuthenticationException(
            $"Neo4j at {server} forbids this user the request (HTTP 403)."),
        HttpStatusCode.ServiceUnavailable => new Neo4jUnavailableException(
            $"Neo4j at {server} is unavailable (HTTP 503), still after the retries."),
        _ => new Neo4jException($"Neo4j at {server} answered HTTP {(int)status} {status}: {Shorten(body)}"),
    };

    private static string Shorten(string body) => body.Length > 200 ? body[..200] + "…" : body;
}
