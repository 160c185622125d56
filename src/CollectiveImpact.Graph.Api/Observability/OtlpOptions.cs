namespace CollectiveImpact.Graph.Api.Observability;

/// <summary>Section <c>Observability:Otlp</c>: export of traces, metrics and logs to an OpenTelemetry collector.</summary>
public sealed record OtlpOptions
{
    /// <summary>The collector's address, e.g. <c>http://localhost:4317</c>; unset (and no OTEL_EXPORTER_OTLP_ENDPOINT): no OTLP export.</summary>
    public string? Endpoint { get; init; }

    /// <summary><c>grpc</c> (port 4317 by convention) or <c>http/protobuf</c> (port 4318).</summary>
    public string Protocol { get; init; } = "grpc";
}
