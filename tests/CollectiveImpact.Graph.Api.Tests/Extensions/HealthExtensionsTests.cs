using System.Net;
using System.Text.Json;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;

namespace CollectiveImpact.Graph.Api.Tests.Extensions;

/// <summary>/healthz (liveness) and /readyz (readiness: the store answers; the scheduler's counters), with JSON bodies.</summary>
public sealed class HealthExtensionsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Healthz_RunningService_IsHealthyWithoutChecks()
    {
        using var response = await factory.CreateClient().GetAsync("/healthz");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Equal(0, body.GetProperty("checks").GetArrayLength());
    }

    [Fact]
    public async Task Readyz_StoreAnswersWithoutRedis_IsHealthyWithStoreCacheAndSchedulerChecks()
    {
        using var response = await factory.CreateClient().GetAsync("/readyz");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        var checks = body.GetProperty("checks").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!);
        Assert.Equal(["auth", "cache", "scheduler", "store"], checks.Keys.Order());
        Assert.Equal(1, checks["store"].Path("data.version").GetInt64());
        Assert.Equal("Healthy", checks["cache"].GetProperty("status").GetString());
        Assert.Equal("Healthy", checks["auth"].GetProperty("status").GetString());
        Assert.Equal("Healthy", checks["scheduler"].GetProperty("status").GetString());
        Assert.True(checks["scheduler"].Path("data.workers").GetInt32() >= 1);
        Assert.Equal(0, checks["scheduler"].Path("data.rejected.queueFull").GetInt64());
        Assert.Equal(0, checks["scheduler"].Path("data.maxOverrunMs").GetDouble());
    }
}
