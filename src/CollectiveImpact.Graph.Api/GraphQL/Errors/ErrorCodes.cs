namespace CollectiveImpact.Graph.Api.GraphQL.Errors;

/// <summary>
/// The stable values of <c>errors[].extensions.code</c>. Clients branch on these, so they never change meaning;
/// messages may be reworded at any time.
/// </summary>
public static class ErrorCodes
{
    /// <summary>The HTTP request itself is malformed: not JSON, no query, variables not an object.</summary>
    public const string BadRequest = "BAD_REQUEST";

    /// <summary>The query is not syntactically valid GraphQL.</summary>
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";

    /// <summary>The query does not validate against the schema (unknown field, wrong argument type, bad variable).</summary>
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";

    /// <summary>A mutation was sent over GET; only queries may be.</summary>
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";

    /// <summary>The request body's media type is not <c>application/json</c>.</summary>
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";

    /// <summary>The client accepts none of the response media types this endpoint produces.</summary>
    public const string NotAcceptable = "NOT_ACCEPTABLE";

    /// <summary>An argument is out of range: a page size above the maximum, a cursor this API did not issue.</summary>
    public const string InvalidArgument = "INVALID_ARGUMENT";

    /// <summary>A write or import was refused; <c>extensions.problems</c> lists every problem and nothing changed.</summary>
    public const string InvalidInput = "INVALID_INPUT";

    /// <summary>The entry a mutation names does not exist (or is of another kind).</summary>
    public const string NotFound = "NOT_FOUND";

    /// <summary>Something unexpected failed; the details are logged, and shown only in Development.</summary>
    public const string Internal = "INTERNAL";
}
