using Microsoft.Net.Http.Headers;

namespace CollectiveImpact.Graph.Api.GraphQL.Http;

/// <summary>
/// The media types of GraphQL over HTTP (graphql-over-http draft) and the negotiation of the response's.
/// </summary>
public static class GraphQLMediaTypes
{
    public const string GraphQLResponseJson = "application/graphql-response+json";

    public const string Json = "application/json";

    /// <summary>
    /// The response media type for an <c>Accept</c> header, or null when it accepts neither. The highest quality
    /// wins; on a tie, and for wildcards (<c>*/*</c>, <c>application/*</c>) or no header at all,
    /// <c>application/graphql-response+json</c>, whose status codes tell a failed request from an executed one.
    /// A charset other than UTF-8 makes a media range unacceptable.
    /// </summary>
    public static string? Negotiate(IList<string>? acceptHeaders)
    {
        if (acceptHeaders is null || acceptHeaders.Count == 0 || acceptHeaders.All(string.IsNullOrWhiteSpace))
        {
            return GraphQLResponseJson;
        }

        if (!MediaTypeHeaderValue.TryParseList(acceptHeaders, out var ranges))
        {
            return null;
        }

        string? best = null;
        var bestQuality = 0.0;
        foreach (var range in ranges)
        {
            var quality = range.Quality ?? 1.0;
            var charset = range.Charset.Value;
            if (quality <= 0 || (charset is not null && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var candidate = range.MediaType.Value?.ToLowerInvariant() switch
            {
                GraphQLResponseJson or "application/*" or "*/*" => GraphQLResponseJson,
                Json => Json,
                _ => null,
            };
            if (candidate is null)
            {
                continue;
            }

            if (quality > bestQuality || (quality == bestQuality && candidate == GraphQLResponseJson))
            {
                best = candidate;
                bestQuality = quality;
            }
        }

        return best;
    }

    /// <summary>True for <c>application/json</c>, with no charset or UTF-8: the only request body GraphQL over HTTP defines.</summary>
    public static bool IsJsonRequest(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var value)
        && value.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
        && (value.Charset.Value is null || value.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));
}
