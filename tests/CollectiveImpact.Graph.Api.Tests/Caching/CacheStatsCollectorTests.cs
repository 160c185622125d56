using System.Text.Json;
using CollectiveImpact.Graph.Api.Caching;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Transport;
using Microsoft.AspNetCore.Http;

namespace CollectiveImpact.Graph.Api.Tests.Caching;

/// <summary>How a client asks for the cache record, and the JSON shape it gets in <c>extensions.cache</c>.</summary>
public sealed class CacheStatsCollectorTests
{
    [Fact]
    public void IsRequested_RequestExtensionTrue_IsTrue()
    {
        var request = new GraphQLRequest { Extensions = new Inputs(new Dictionary<string, object?> { ["cacheStats"] = true }) };

        Assert.True(CacheStatsCollector.IsRequested(request, new DefaultHttpContext().Request));
    }

    [Theory]
    [InlineData("true")]
    [InlineData("1")]
    [InlineData("True")]
    public void IsRequested_Header_IsTrue(string value)
    {
        var http = new DefaultHttpContext();
        http.Request.Headers[CacheStatsCollector.HeaderName] = value;

        Assert.True(CacheStatsCollector.IsRequested(new GraphQLRequest(), http.Request));
    }

    [Fact]
    public void IsRequested_NeitherAskedNorFalse_IsFalse()
    {
        var request = new GraphQLRequest { Extensions = new Inputs(new Dictionary<string, object?> { ["cacheStats"] = false }) };
        var http = new DefaultHttpContext();
        http.Request.Headers[CacheStatsCollector.HeaderName] = "no";

        Assert.False(CacheStatsCollector.IsRequested(request, http.Request));
        Assert.False(CacheStatsCollector.IsRequested(null, null));
    }

    [Fact]
    public void AddTo_SerializedResponse_CarriesTheLookupsUnderExtensionsCache()
    {
        var collector = new CacheStatsCollector();
        collector.Record(new CacheLookup("gaps", "gaps:v3:", false, CacheLevel.None, 12.5));
        collector.Record(new CacheLookup("gaps", "gaps:v3:", true, CacheLevel.Memory, 12.5));
        collector.Record(new CacheLookup("overlaps", "overlaps:v3:minSimilarity=0.5", true, CacheLevel.Distributed, 40));
        var result = new ExecutionResult { Executed = true, Data = new Dictionary<string, object?>() };

        collector.AddTo(result);
        var json = JsonDocument.Parse(new GraphQLSerializer().Serialize(result));

        var cache = json.RootElement.GetProperty("extensions").GetProperty("cache");
        Assert.Equal(3, cache.GetArrayLength());
        var first = cache[0];
        Assert.Equal("gaps", first.GetProperty("analysis").GetString());
        Assert.Equal("gaps:v3:", first.GetProperty("key").GetString());
        Assert.False(first.GetProperty("hit").GetBoolean());
        Assert.Equal("none", first.GetProperty("level").GetString());
        Assert.Equal(12.5, first.GetProperty("computeMs").GetDouble());
        Assert.Equal(["none", "l1", "l2"], cache.EnumerateArray().Select(lookup => lookup.GetProperty("level").GetString()));
    }

    [Fact]
    public void AddTo_ExistingExtensions_KeepsThem()
    {
        var result = new ExecutionResult { Extensions = new Dictionary<string, object?> { ["tracing"] = "kept" } };

        new CacheStatsCollector().AddTo(result);

        Assert.Equal("kept", result.Extensions["tracing"]);
        Assert.Empty(Assert.IsAssignableFrom<IReadOnlyList<CacheLookup>>(result.Extensions["cache"]));
    }
}
