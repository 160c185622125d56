using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Api.Caching;
using CollectiveImpact.Graph.Api.GraphQL.Limits;
using CollectiveImpact.Graph.Store.Storage;
using GraphQL.Transport;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace CollectiveImpact.Graph.Api.GraphQL.Http;

/// <summary>
/// Whole responses of queries that select nothing but analysis fields, kept as the bytes sent, so a repeated request
/// is answered without parsing, validating, executing or serializing anything (<see cref="GraphQLHttpEndpoint"/>).
/// Bounded by <see cref="ResponseCacheOptions"/> (<see cref="BoundedCache{TKey, TValue}"/>). A singleton.
/// </summary>
/// <remarks>
/// <para>Kept only when nothing in the response belongs to one request or one moment: no variables, no request
/// extensions, no cache record asked for (<see cref="CacheStatsCollector"/>; such requests always execute), no errors,
/// no response extensions, status 200, and every root field an analysis (<see cref="AnalysisCost.Fields"/>) that made
/// exactly one analysis-cache lookup (an answer that did not come from the analysis cache is never kept).</para>
/// <para>Reused only while it is current: the same <see cref="ResponseKey"/> (text, operation, role and organization,
/// transport, media type), the network version read from the store on every hit equal to the one read before the kept
/// response was executed (any write makes it stale), the same UTC day, and within the analysis cache's memory lifetime.
/// So a hit costs one version read — what the analysis resolver itself reads — and a copy of the bytes.</para>
/// <para>Authentication, the rate limiter and the transport checks run before it, as for every request. Field checks
/// need no rerun: the key holds the role and organization they depend on, and an answer with a FORBIDDEN error is never
/// kept. A hit counts as an L1 hit of each analysis in the cache metrics.</para>
/// </remarks>
public sealed class ResponseCache
{
    private readonly BoundedCache<ResponseKey, CachedResponse> entries;
    private readonly INetworkStore store;
    private readonly TimeProvider time;
    private readonly CacheMetrics metrics;
    private readonly ResponseCacheOptions settings;
    private readonly TimeSpan lifetime;
    private long served;

    public ResponseCache(INetworkStore store, TimeProvider time, CacheMetrics metrics, IOptions<ResponseCacheOptions> options, IOptions<CacheOptions> cacheOptions)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(cacheOptions);
        this.store = store;
        this.time = time;
        this.metrics = metrics;
        settings = options.Value;
        lifetime = cacheOptions.Value.MemoryExpiration;
        entries = new BoundedCache<ResponseKey, CachedResponse>(() => settings.Enabled ? settings.MaxEntries : 0, () => settings.MaxBytes);
    }

    /// <summary>How many requests were answered from kept bytes since start.</summary>
    public long Served => Interlocked.Read(ref served);

    public int Count => entries.Count;

    /// <summary>The key under which <paramref name="request"/>'s response may be found or kept, or null when it may be neither.</summary>
    public ResponseKey? KeyFor(HttpContext http, Caller caller, GraphQLRequest request, string mediaType)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(request);
        return settings.Enabled && request.Query is { } query && request.Variables is not { Count: > 0 } && request.Extensions is not { Count: > 0 }
            && !CacheStatsCollector.IsRequested(request, http.Request)
            ? new ResponseKey(query, request.OperationName, caller.Role, caller.Organization, HttpMethods.IsGet(http.Request.Method), mediaType)
            : null;
    }

    /// <summary>The kept response for <paramref name="key"/> if it is still current; a stale one is dropped.</summary>
    public async ValueTask<CachedResponse?> FindCurrentAsync(ResponseKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!entries.TryGet(key, out var kept))
        {
            return null;
        }

        var now = await StampAsync(cancellationToken);
        if (now is null || now.Value.Version != kept.NetworkVersion || now.Value.Day != kept.Day || time.GetUtcNow() >= kept.Expires)
        {
            entries.Remove(key, kept);
            return null;
        }

        foreach (var analysis in kept.Analyses)
        {
            metrics.Hit(analysis, CacheLevel.Memory);
        }

        Interlocked.Increment(ref served);
        return kept;
    }

    /// <summary>The network version and UTC day now, read before an execution whose response may be kept; null when the store did not answer.</summary>
    public async ValueTask<ResponseStamp?> StampAsync(CancellationToken cancellationToken)
    {
        var day = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        try
        {
            return new ResponseStamp(await store.GetVersionAsync(cancellationToken), day);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The execution that follows meets the same failure and reports it the usual way.
            return null;
        }
    }

    /// <summary>Keeps <paramref name="body"/> when each of the <paramref name="rootFields"/> analysis fields made exactly one lookup.</summary>
    public bool Keep(ResponseKey key, ResponseStamp stamp, ReadOnlyMemory<byte> body, IReadOnlyList<CacheLookup> lookups, int rootFields)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(lookups);
        if (rootFields < 1 || lookups.Count != rootFields)
        {
            return false;
        }

        var kept = new CachedResponse(body, stamp.Version, stamp.Day, time.GetUtcNow() + lifetime, [.. lookups.Select(l => l.Analysis)]);
        return entries.Set(key, kept, body.Length + (2L * key.Query.Length) + 256);
    }

    /// <summary>
    /// How many root fields the operation selects when it is a query of analysis fields only (plain fields: no
    /// fragments, no directives, no variables), else 0.
    /// </summary>
    public static int AnalysisFieldCount(GraphQLDocument document, string? operationName)
    {
        ArgumentNullException.ThrowIfNull(document);
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var operation = string.IsNullOrEmpty(operationName)
            ? operations.Count == 1 ? operations[0] : null
            : operations.SingleOrDefault(o => o.Name?.StringValue == operationName);
        if (operation is not { Operation: OperationType.Query } || operation.Variables is { Items.Count: > 0 } || operation.Directives is { Items.Count: > 0 })
        {
            return 0;
        }

        var count = 0;
        foreach (var selection in operation.SelectionSet.Selections)
        {
            if (selection is not GraphQLField field || field.Directives is { Items.Count: > 0 } || !AnalysisCost.Fields.Contains(field.Name.StringValue))
            {
                return 0;
            }

            count++;
        }

        return count;
    }
}
