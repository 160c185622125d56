using CollectiveImpact.Graph.Store.Neo4j;

namespace CollectiveImpact.Graph.Store.Tests.Neo4j;

/// <summary>Each unusable setting is named in the problem, so startup fails saying what to fix.</summary>
public sealed class Neo4jStoreOptionsTests
{
    [Fact]
    public void Problem_UsableOptions_IsNull()
    {
        Assert.Null(new Neo4jStoreOptions { Uri = "https://xxxx.databases.neo4j.io", Token = "t" }.Problem());
        Assert.Null(new Neo4jStoreOptions { Uri = "http://localhost:7474" }.Problem());
    }

    [Theory]
    [InlineData("http://neo4j:s3cret@db.example:7474/", "http://db.example:7474")]
    [InlineData("https://xxxx.databases.neo4j.io", "https://xxxx.databases.neo4j.io")]
    public void DisplayUri_AnyUri_HasNoUserOrPassword(string uri, string shown)
    {
        Assert.Equal(shown, new Neo4jStoreOptions { Uri = uri }.DisplayUri);
    }

    [Fact]
    public void Problem_BoltUriWithAPassword_DoesNotRepeatThePassword()
    {
        var problem = new Neo4jStoreOptions { Uri = "bolt://neo4j:s3cret@db.example:7687" }.Problem();

        Assert.Contains("Neo4j:Uri 'bolt://db.example:7687'", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", problem, StringComparison.Ordinal);
    }

    public static TheoryData<string, Neo4jStoreOptions> Unusable => new()
    {
        { "Neo4j:Uri", new Neo4jStoreOptions { Uri = " " } },
        { "Neo4j:Uri", new Neo4jStoreOptions { Uri = "localhost:7474/db" } },
        { "Neo4j:User", new Neo4jStoreOptions { Uri = "http://x", User = "neo4j" } },
        { "Neo4j:Database", new Neo4jStoreOptions { Uri = "http://x", Database = "neo4j/../system" } },
        { "Neo4j:RequestTimeout", new Neo4jStoreOptions { Uri = "http://x", RequestTimeout = TimeSpan.Zero } },
        { "Neo4j:MaxRetries", new Neo4jStoreOptions { Uri = "http://x", MaxRetries = -1 } },
        { "Neo4j:BatchSize", new Neo4jStoreOptions { Uri = "http://x", BatchSize = 0 } },
    };

    [Theory]
    [MemberData(nameof(Unusable))]
    public void Problem_UnusableSetting_NamesIt(string setting, Neo4jStoreOptions options)
    {
        Assert.Contains(setting, options.Problem());
    }

    [Fact]
    public void Store_WithUnusableOptions_RefusesToBeBuilt()
    {
        var error = Assert.Throws<ArgumentException>(() => new Neo4jNetworkStore(new NoHttpClients(), new Neo4jStoreOptions { Uri = "bolt://localhost" }));

        Assert.Contains("Neo4j:Uri", error.Message);
    }

    private sealed class NoHttpClients : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => throw new InvalidOperationException("Not expected.");
    }
}
