using System.Net;
using System.Text;

namespace CollectiveImpact.Graph.Store.Tests.Neo4j;

/// <summary>
/// Stands where the network would be: records every request the Query API client sends (method, path, headers,
/// body) and answers each with what <c>respond</c> returns, a recorded Query API payload. It is not a Query API
/// server: it runs no Cypher.
/// </summary>
internal sealed class RecordingHandler(Func<RecordedRequest, HttpResponseMessage> respond) : HttpMessageHandler
{
    private readonly List<RecordedRequest> requests = [];

    /// <summary>Answers with each of <paramref name="responses"/> in turn (the last one again once they run out).</summary>
    public RecordingHandler(params Func<HttpResponseMessage>[] responses)
        : this(Sequence(responses))
    {
    }

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (requests)
            {
                return requests.ToList();
            }
        }
    }

    public static HttpResponseMessage Json(string json, HttpStatusCode status = HttpStatusCode.Accepted, string? affinity = null)
    {
        var response = new HttpResponseMessage(status)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/vnd.neo4j.query"),
        };
        if (affinity is not null)
        {
            response.Headers.Add("neo4j-cluster-affinity", affinity);
        }

        return response;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var recorded = new RecordedRequest(
            request.Method,
            request.RequestUri!.AbsolutePath,
            request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken),
            request.Headers.Authorization?.ToString(),
            string.Join(", ", request.Headers.Accept),
            request.Headers.TryGetValues("neo4j-cluster-affinity", out var affinity) ? affinity.Single() : null,
            request.Content?.Headers.ContentType?.MediaType);
        lock (requests)
        {
            requests.Add(recorded);
        }

        return respond(recorded);
    }

    private static Func<RecordedRequest, HttpResponseMessage> Sequence(Func<HttpResponseMessage>[] responses)
    {
        var next = 0;
        return _ => responses[Math.Min(Interlocked.Increment(ref next) - 1, responses.Length - 1)]();
    }
}
