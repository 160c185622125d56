namespace CollectiveImpact.Graph.Api.Observability;

/// <summary>
/// Section <c>Observability:Prometheus</c>: the scrape endpoint. It is served on the API's own port and answers only
/// callers with the backbone role (an API key or token), like the rest of the API's administration.
/// </summary>
public sealed record PrometheusOptions
{
    public bool Enabled { get; init; }

    public string Path { get; init; } = "/metrics";
}
