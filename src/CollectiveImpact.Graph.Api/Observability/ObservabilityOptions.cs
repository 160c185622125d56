namespace CollectiveImpact.Graph.Api.Observability;

/// <summary>
/// Section <c>Observability</c>: where traces, metrics and logs go. With none of the exporters on, no OpenTelemetry
/// provider is built and nothing is exported (docs/observability.md).
/// </summary>
public sealed record ObservabilityOptions
{
    public const string Section = "Observability";

    /// <summary>The standard variable OTLP exporters read; honoured when <see cref="OtlpOptions.Endpoint"/> is unset.</summary>
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The <c>service.name</c> resource attribute.</summary>
    public string ServiceName { get; init; } = "collective-impact-graph";

    public OtlpOptions Otlp { get; init; } = new();

    public PrometheusOptions Prometheus { get; init; } = new();

    /// <summary>Write spans and metrics to standard output (for a look during development, not for production).</summary>
    public bool Console { get; init; }

    /// <summary>The longest operation name kept as a metric label; longer names are cut.</summary>
    public int MaxOperationNameLength { get; init; } = 64;

    /// <summary>How many distinct operation names are kept as labels; later names are counted as <c>other</c>.</summary>
    public int MaxOperationNames { get; init; } = 100;

    /// <summary>The problems that would make the section unusable, each naming its setting.</summary>
    public IEnumerable<string> Problems()
    {
        if (Otlp.Endpoint is { } endpoint && !Uri.TryCreate(endpoint, UriKind.Absolute, out _))
        {
            yield return $"Observability:Otlp:Endpoint must be an absolute URI; got '{endpoint}'.";
        }

        if (Otlp.Protocol is not ("grpc" or "http/protobuf"))
        {
            yield return $"Observability:Otlp:Protocol must be 'grpc' or 'http/protobuf'; got '{Otlp.Protocol}'.";
        }

        if (string.IsNullOrWhiteSpace(Prometheus.Path) || !Prometheus.Path.StartsWith('/'))
        {
            yield return $"Observability:Prometheus:Path must start with '/'; got '{Prometheus.Path}'.";
        }

        if (MaxOperationNameLength < 1 || MaxOperationNames < 1)
        {
            yield return "Observability:MaxOperationNameLength and Observability:MaxOperationNames must be at least 1.";
        }
    }
}
