using System.Diagnostics;
using CollectiveImpact.Graph.Api.Observability;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;
using CollectiveImpact.Graph.Store.Telemetry;

namespace CollectiveImpact.Graph.Api.Tests.Observability;

/// <summary>
/// The spans of one GraphQL request that runs an analysis on a fresh host (nothing read or projected yet), exported by
/// OpenTelemetry's in-memory exporter and picked out by the trace id the request sent.
/// </summary>
[Collection(ObservabilityCollection.Name)]
public sealed class ApiTelemetryTests
{
    private const string Query = "query ObservedCentrality { centrality(measure: DEGREE) { networkVersion } }";

    [Fact]
    public async Task AnalysisRequest_OnAFreshHost_TracesSnapshotReadProjectionBuildAndComputationUnderTheServerSpan()
    {
        using var factory = new ObservedApiFactory();
        var (client, traceId) = factory.TracedClient();

        await client.DataAsync(Query);
        var spans = await factory.TraceAsync(traceId);

        var server = Assert.Single(spans, s => s.Kind == ActivityKind.Server);
        var graphql = Assert.Single(spans, s => s.Source.Name == "GraphQL");
        var analysis = Assert.Single(spans, s => s.DisplayName == "analysis centrality");
        var load = Assert.Single(spans, s => s.DisplayName == "projections load");
        var snapshot = Assert.Single(spans, s => s.DisplayName == "sqlite read_snapshot");
        var compute = Assert.Single(spans, s => s.DisplayName == "compute centrality");
        var build = Assert.Single(spans, s => s.DisplayName == "projection build organizations");
        var fingerprint = Assert.Single(spans, s => s.DisplayName == "fingerprint centrality");

        Assert.Equal("ObservedCentrality", graphql.GetTagItem("graphql.operation.name"));
        Assert.Equal(StoreTelemetry.Name, snapshot.Source.Name);
        Assert.Equal(ApiTelemetry.Name, analysis.Source.Name);
        Assert.Equal(server.SpanId, graphql.ParentSpanId);
        Assert.True(IsUnder(analysis, graphql, spans), "the analysis span is under the GraphQL execution span");
        Assert.Equal(analysis.SpanId, load.ParentSpanId);
        Assert.Equal(load.SpanId, snapshot.ParentSpanId);
        Assert.Equal(analysis.SpanId, compute.ParentSpanId);
        // The cache key is the fingerprint of the projection the analysis reads (issue 14), so the projection is built
        // on a worker for the key, before the cache is asked and before the computation.
        Assert.Equal(analysis.SpanId, fingerprint.ParentSpanId);
        Assert.Equal(fingerprint.SpanId, build.ParentSpanId);

        Assert.Equal("centrality", analysis.GetTagItem("cig.analysis"));
        Assert.Equal("organizations", analysis.GetTagItem("cig.projection"));
        Assert.Equal("none", analysis.GetTagItem("cig.cache.level"));
        Assert.Equal("ok", analysis.GetTagItem("cig.outcome"));
        Assert.IsType<double>(analysis.GetTagItem("cig.scheduler.queued_ms"));
        Assert.True((int)analysis.GetTagItem("cig.projection.nodes")! > 0, "the projection's node count is tagged");
        Assert.True((int)analysis.GetTagItem("cig.projection.edges")! > 0, "the projection's edge count is tagged");
        Assert.Equal(analysis.GetTagItem("cig.projection.nodes"), build.GetTagItem("cig.projection.nodes"));
        Assert.Equal("sqlite", snapshot.GetTagItem("db.system.name"));
        Assert.Equal("ok", snapshot.GetTagItem("cig.outcome"));
    }

    [Fact]
    public async Task SecondIdenticalRequest_IsAnsweredFromMemory_AndItsAnalysisSpanSaysL1WithoutComputing()
    {
        using var factory = new ObservedApiFactory();
        await factory.GraphQL().DataAsync(Query);
        var (client, traceId) = factory.TracedClient();

        await client.DataAsync(Query);
        var spans = await factory.TraceAsync(traceId);

        var analysis = Assert.Single(spans, s => s.DisplayName == "analysis centrality");
        Assert.Equal("l1", analysis.GetTagItem("cig.cache.level"));
        Assert.DoesNotContain(spans, s => s.DisplayName == "compute centrality");
    }

    [Fact]
    public async Task AnalysisWithAnInvalidArgument_EndsItsSpanWithTheErrorCodeAsOutcome()
    {
        using var factory = new ObservedApiFactory();
        var (client, traceId) = factory.TracedClient();

        await client.AssertInvalidArgumentAsync("{ centrality(measure: DEGREE, sample: { size: 5 }) { networkVersion } }", "sample");
        var spans = await factory.TraceAsync(traceId);

        var analysis = Assert.Single(spans, s => s.DisplayName == "analysis centrality");
        Assert.Equal("INVALID_ARGUMENT", analysis.GetTagItem("cig.outcome"));
        Assert.Equal(ActivityStatusCode.Error, analysis.Status);
    }

    private static bool IsUnder(Activity span, Activity ancestor, IReadOnlyList<Activity> spans)
    {
        for (var current = span; current is not null; current = spans.FirstOrDefault(s => s.SpanId == current.ParentSpanId))
        {
            if (current.ParentSpanId == ancestor.SpanId)
            {
                return true;
            }
        }

        return false;
    }
}
