using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Polly.Timeout;

namespace CollectiveImpact.Graph.Store.Neo4j;

/// <summary>
/// Neo4j's HTTP Query API (Neo4j 5.19+ and Aura): implicit transactions at <c>POST /db/{db}/query/v2</c>, explicit
/// ones at <c>/query/v2/tx</c>, <c>/tx/{id}</c>, <c>/tx/{id}/commit</c> and <c>DELETE /tx/{id}</c>. Asks for typed
/// JSON, sends the last write's bookmarks with every later request (read-your-writes in a cluster), and turns every
/// failure into a <see cref="Neo4jException"/> that names what went wrong.
/// </summary>
/// <remarks>
/// The HTTP client comes from <see cref="IHttpClientFactory"/> per request (handlers rotate, DNS changes are seen); its
/// pipeline retries what never reached a transaction (connection refused, 503) and bounds each request's time.
/// </remarks>
internal sealed class QueryApiClient(IHttpClientFactory httpClients, Neo4jStoreOptions options)
{
    public const string HttpClientName = "Neo4j.QueryApi";

    public const string TypedJsonMediaType = "application/vnd.neo4j.query";

    public const string AffinityHeader = "neo4j-cluster-affinity";

    private readonly string queryPath = $"db/{Uri.EscapeDataString(options.Database)}/query/v2";
    // In every message (they reach logs): never the user:password@ that GetLeftPart(Authority) would keep.
    private readonly string server = options.DisplayUri;
    private volatile IReadOnlyList<string> bookmarks = [];

    /// <summary>The bookmarks of the last committed write, sent with every later request.</summary>
    public IReadOnlyList<string> Bookmarks => bookmarks;

    /// <summary>Sets up a client from the factory: address, media types and the Authorization header.</summary>
    public static void Configure(HttpClient http, Neo4jStoreOptions options)
    {
        http.BaseAddress = options.ServerUri;

        // The resilience pipeline bounds each attempt; this only stops a request that outlives all of them.
        http.Timeout = options.RequestTimeout * (options.MaxRetries + 2);
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue(TypedJsonMediaType));
        if (!string.IsNullOrEmpty(options.Token))
        {
            // The Query API documents bearer credentials as the base64 of the token.
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Base64(options.Token));
        }
        else if (!string.IsNullOrEmpty(options.User))
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Base64($"{options.User}:{options.Password}"));
        }
    }

    /// <summary>Runs one statement in its own (implicit) transaction.</summary>
    public async Task<QueryResult> RunAsync(Query query, AccessMode accessMode, CancellationToken cancellationToken)
    {
        var (response, _) = await SendAsync(HttpMethod.Post, queryPath, QueryApiMessages.Request(query, accessMode, bookmarks), null, cancellationToken)
            .ConfigureAwait(false);
        if (accessMode == AccessMode.Write)
        {
            Remember(response.Result.Bookmarks);
        }

        return response.Result;
    }

    /// <summary>Opens an explicit transaction with its first statement.</summary>
    public async Task<QueryTransaction> BeginAsync(Query opening, AccessMode accessMode, CancellationToken cancellationToken)
    {
        var (response, affinity) = await SendAsync(
            HttpMethod.Post, $"{queryPath}/tx", QueryApiMessages.Request(opening, accessMode, bookmarks), null, cancellationToken)
            .ConfigureAwait(false);
        var id = response.TransactionId
            ?? throw new Neo4jException($"Neo4j at {server} opened no transaction (its answer has no transaction id).");
        return new QueryTransaction(this, id, affinity, response.Result);
    }

    internal async Task<QueryResult> RunInTransactionAsync(string id, string? affinity, Query query, CancellationToken cancellationToken) =>
        (await SendAsync(HttpMethod.Post, $"{queryPath}/tx/{Uri.EscapeDataString(id)}", QueryApiMessages.Request(query), affinity, cancellationToken)
            .ConfigureAwait(false)).Response.Result;

    internal async Task<QueryResult> CommitAsync(string id, string? affinity, Query? final, CancellationToken cancellationToken)
    {
        var (response, _) = await SendAsync(
            HttpMethod.Post, $"{queryPath}/tx/{Uri.EscapeDataString(id)}/commit", QueryApiMessages.Request(final), affinity, cancellationToken)
            .ConfigureAwait(false);
        Remember(response.Result.Bookmarks);
        return response.Result;
    }

    internal Task RollbackAsync(string id, string? affinity, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Delete, $"{queryPath}/tx/{Uri.EscapeDataString(id)}", null, affinity, cancellationToken);

    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    private void Remember(IReadOnlyList<string> bookmarks)
    {
        if (bookmarks.Count > 0)
        {
            this.bookmarks = bookmarks;
        }
    }

    private async Task<(QueryApiResponse Response, string? Affinity)> SendAsync(
        HttpMethod method, string path, byte[]? body, string? affinity, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        if (affinity is not null)
        {
            request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        }

        var http = httpClients.CreateClient(HttpClientName);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new Neo4jUnavailableException($"Neo4j at {server} is unreachable: {e.Message}", e);
        }
        catch (TimeoutRejectedException e)
        {
            throw new Neo4jUnavailableException($"Neo4j at {server} did not answer within {options.RequestTimeout.TotalSeconds:0.#} s.", e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new Neo4jUnavailableException($"Neo4j at {server} did not answer in time.", e);
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            var parsed = TryParse(text);
            if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            {
                throw parsed?.Errors is [var error, ..]
                    ? new Neo4jAuthenticationException(
                        $"Neo4j at {server} refused the request (HTTP {(int)response.StatusCode}, {error.Code}): {error.Message}", error.Code)
                    : Neo4jErrors.FromStatus(response.StatusCode, server, text);
            }

            if (parsed?.Errors is [var first, ..])
            {
                throw Neo4jErrors.FromError(first, server);
            }

            if (!response.IsSuccessStatusCode)
            {
                throw Neo4jErrors.FromStatus(response.StatusCode, server, text);
            }

            var returnedAffinity = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
            return (parsed ?? new QueryApiResponse(QueryResult.Empty, null, []), returnedAffinity ?? affinity);
        }
    }

    private QueryApiResponse? TryParse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return QueryApiMessages.Response(text);
        }
        catch (FormatException) when (!text.TrimStart().StartsWith('{'))
        {
            // A proxy's HTML error page, say: the status code tells the story.
            return null;
        }
    }
}
