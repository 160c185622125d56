using System.Net;
using System.Text.Json;

namespace CollectiveImpact.Graph.Api.Tests.Infrastructure;

/// <summary>A response of the GraphQL endpoint: status, media type, and the body as JSON.</summary>
public sealed record GraphQLResponse(HttpStatusCode Status, string? MediaType, JsonElement Body)
{
    public bool HasData => Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("data", out _);

    public JsonElement Data => Body.GetProperty("data");

    public IReadOnlyList<JsonElement> Errors =>
        Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("errors", out var errors) ? [.. errors.EnumerateArray()] : [];

    public IReadOnlyList<string> ErrorCodes =>
        [.. Errors.Select(e => e.GetProperty("extensions").GetProperty("code").GetString()!)];

    public static async Task<GraphQLResponse> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return new GraphQLResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, body);
    }

    public override string ToString() => $"{(int)Status} {MediaType}: {Body}";
}
