using System.Net;
using System.Net.Http.Headers;
using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;
using CollectiveImpact.Graph.Api.Tests.Observability;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace CollectiveImpact.Graph.Api.Tests.Extensions;

/// <summary>What <c>AddObservability</c> and <c>MapObservability</c> set up: the scrape endpoint and who may read it,
/// store latency, trace ids in log scopes, and nothing at all when nothing exports.</summary>
[Collection(ObservabilityCollection.Name)]
public sealed class ObservabilityExtensionsTests : IClassFixture<ObservedApiFactory>
{
    private readonly ObservedApiFactory factory;

    public ObservabilityExtensionsTests(ObservedApiFactory factory) => this.factory = factory;

    [Fact]
    public async Task PrometheusEndpoint_ForABackboneKey_AnswersTheTextFormatWithTheServiceMetrics()
    {
        await factory.GraphQL().DataAsync("query Scraped { networkVersion }");

        using var response = await factory.CreateClient().GetAsync("/metrics");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("# TYPE cig_graphql_requests_total counter", body, StringComparison.Ordinal);
        Assert.Contains("graphql_operation_name=\"Scraped\"", body, StringComparison.Ordinal);
        Assert.Contains("cig_store_operation_duration_seconds_bucket", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrometheusEndpoint_WithoutCredentials_Answers401()
    {
        using var response = await factory.CreateAnonymousClient().GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task PrometheusEndpoint_ForAPartnerKey_Answers403()
    {
        using var client = factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", factory.CreateKey(Roles.Partner, "Scraper without rights", "o-backbone"));

        using var response = await client.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task StoreCalls_AreTimedByOperationAndStore()
    {
        await factory.GraphQL().DataAsync("{ goals(first: 1) { totalCount } }");
        var metrics = factory.CollectMetrics();

        Assert.True(
            metrics.HistogramCount("cig.store.operation.duration", ("db.operation.name", "list_goals"), ("db.system.name", "sqlite"), ("cig.outcome", "ok")) >= 1,
            "a list call was timed");
    }

    [Fact]
    public async Task LogsWrittenDuringARequest_CarryItsTraceIdInTheirScopes()
    {
        var (client, traceId) = factory.TracedClient();

        await client.DataAsync("{ networkVersion }");
        await factory.TraceAsync(traceId);

        Assert.Contains(factory.Logs.Entries, log =>
            log.Category.StartsWith("Microsoft.AspNetCore.Hosting", StringComparison.Ordinal)
            && log.Scopes.TryGetValue("TraceId", out var id) && id?.ToString() == traceId.ToHexString());
    }

    [Fact]
    public void WithNothingToExportTo_NoTracerOrMeterProviderIsBuilt()
    {
        using var plain = new ApiFactory();
        _ = plain.Services;

        Assert.Null(plain.Services.GetService<TracerProvider>());
        Assert.Null(plain.Services.GetService<MeterProvider>());
    }
}
