using System.Diagnostics;

namespace CollectiveImpact.Graph.Api.Observability;

/// <summary>
/// The API's activity source and meter, both named <see cref="Name"/>: spans of analyses, projection builds and
/// snapshot reads; instruments of requests, analyses, the scheduler and the network's size (docs/observability.md).
/// </summary>
public static class ApiTelemetry
{
    public const string Name = "CollectiveImpact.Graph.Api";

    /// <summary>Static, as <see cref="ActivitySource"/> has no factory; without a listener it starts nothing.</summary>
    internal static readonly ActivitySource Source = new(Name);
}
