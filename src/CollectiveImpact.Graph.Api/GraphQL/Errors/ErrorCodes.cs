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

    /// <summary>
    /// The entry changed since the revision a save named (<c>ifRevision</c>): nothing was written;
    /// <c>extensions.currentRevision</c> is its revision now (null when it was deleted). Read it again and save anew.
    /// </summary>
    public const string Conflict = "CONFLICT";

    /// <summary>The entry a mutation names does not exist (or is of another kind).</summary>
    public const string NotFound = "NOT_FOUND";

    /// <summary>Something unexpected failed; the details are logged, and shown only in Development.</summary>
    public const string Internal = "INTERNAL";

    /// <summary>No credentials, or an API key or token that is not valid (HTTP 401).</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>The caller's role may not read a field (the message names it), or may not see the person it belongs to.</summary>
    public const string Forbidden = "FORBIDDEN";

    /// <summary>The query nests deeper than <c>Limits:MaxDepth</c>.</summary>
    public const string QueryTooDeep = "QUERY_TOO_DEEP";

    /// <summary>The query's estimated cost is above <c>Limits:MaxComplexity</c>.</summary>
    public const string QueryTooComplex = "QUERY_TOO_COMPLEX";

    /// <summary>The query uses more aliases than <c>Limits:MaxAliases</c>.</summary>
    public const string TooManyAliases = "TOO_MANY_ALIASES";

    /// <summary>
    /// The document is over a size limit checked before it is validated: fields once fragments are expanded
    /// (<c>Limits:MaxFields</c>), fields in one selection set, fragments, operations, variables, directives (the
    /// message names the <c>Limits</c> key).
    /// </summary>
    public const string QueryTooLarge = "QUERY_TOO_LARGE";

    /// <summary>Introspection is turned off (<c>Limits:Introspection=false</c>).</summary>
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";

    /// <summary>The request body is larger than this caller and operation may send (HTTP 413).</summary>
    public const string PayloadTooLarge = "PAYLOAD_TOO_LARGE";

    /// <summary>A JSON array of requests was sent; this endpoint takes one operation per request.</summary>
    public const string BatchNotSupported = "BATCH_NOT_SUPPORTED";

    /// <summary>The caller used up its request budget (HTTP 429, with <c>Retry-After</c>).</summary>
    public const string RateLimited = "RATE_LIMITED";

    /// <summary>The operation ran longer than <c>Limits:ExecutionTimeout</c> and was stopped; a write that was stopped changed nothing.</summary>
    public const string Timeout = "TIMEOUT";

    /// <summary>An iterative analysis (eigenvector centrality, PageRank) did not converge; other measures still answer.</summary>
    public const string AnalysisDidNotConverge = "ANALYSIS_DID_NOT_CONVERGE";

    /// <summary>The analysis queue shared by all callers is full (HTTP 503, with <c>Retry-After</c> and <c>extensions.retryAfterSeconds</c>).</summary>
    public const string ServiceOverloaded = "SERVICE_OVERLOADED";

    /// <summary>The operation selects more analysis fields than <c>Scheduler:MaxAnalysesPerRequest</c>; refused before execution.</summary>
    public const string TooManyAnalyses = "TOO_MANY_ANALYSES";

    /// <summary>A background analysis job was cancelled (cancelJob, or superseded by the same analysis on a newer version).</summary>
    public const string JobCancelled = "JOB_CANCELLED";

    /// <summary>A background analysis job nobody polled for Jobs:AbandonAfter was stopped.</summary>
    public const string JobExpired = "JOB_EXPIRED";
}
