using System.Collections.Concurrent;
using GraphQL;
using GraphQL.Transport;

namespace CollectiveImpact.Graph.Api.Caching;

/// <summary>
/// The analysis lookups of one request (a scoped service): what <see cref="AnalysisCache"/> found where, so the GraphQL
/// response can carry them in <c>extensions.cache</c> when the client asks. The analysis runner (scoped like this)
/// passes it to the cache with each lookup; the cache itself never looks at the request.
/// </summary>
/// <remarks>
/// A client asks with the request extension <c>{"cacheStats": true}</c> or the header <c>X-Cache-Stats: true</c>.
/// The endpoint calls <see cref="IsRequested"/> and, when it says yes, <see cref="AddTo"/> after execution. Lookups
/// are recorded whether asked or not (a few objects per request); resolvers running in parallel may record at once.
/// </remarks>
public sealed class CacheStatsCollector
{
    /// <summary>The request header that asks for the cache record.</summary>
    public const string HeaderName = "X-Cache-Stats";

    /// <summary>The request extension that asks for the cache record.</summary>
    public const string RequestExtensionName = "cacheStats";

    /// <summary>The response extension that carries it.</summary>
    public const string ResponseExtensionName = "cache";

    private readonly ConcurrentQueue<CacheLookup> lookups = new();

    /// <summary>The lookups so far, in the order they completed.</summary>
    public IReadOnlyList<CacheLookup> Lookups => [.. lookups];

    public void Record(CacheLookup lookup)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        lookups.Enqueue(lookup);
    }

    /// <summary>
    /// Whether some field of the request was answered with a background job still under way: its answer (a job's state,
    /// empty scores) changes without any write, so the response must never be kept and served again.
    /// </summary>
    public bool AnsweredWithAJob => answeredWithAJob;

    private volatile bool answeredWithAJob;

    /// <summary>Records that a field was answered with a background job (<see cref="AnsweredWithAJob"/>).</summary>
    public void RecordJobAnswer() => answeredWithAJob = true;

    /// <summary>Whether the client asked for the cache record, by request extension or by header.</summary>
    public static bool IsRequested(GraphQLRequest? request, HttpRequest? httpRequest)
    {
        if (request?.Extensions is { } extensions
            && extensions.TryGetValue(RequestExtensionName, out var asked)
            && IsTrue(asked))
        {
            return true;
        }

        return httpRequest is not null
            && httpRequest.Headers.TryGetValue(HeaderName, out var header)
            && header.Any(IsTrue);
    }

    /// <summary>Puts the lookups in <paramref name="result"/>'s <c>extensions.cache</c> (an empty list when there were none).</summary>
    public void AddTo(ExecutionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        result.Extensions ??= [];
        result.Extensions[ResponseExtensionName] = Lookups;
    }

    private static bool IsTrue(object? value) => value switch
    {
        bool flag => flag,
        string text => text.Trim() is "1" || bool.TryParse(text.Trim(), out var parsed) && parsed,
        _ => false,
    };
}
