using CollectiveImpact.Graph.Store.Neo4j;
using CollectiveImpact.Graph.Store.Sqlite;
using CollectiveImpact.Graph.Store.Storage;
using CollectiveImpact.Graph.Store.Tests.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CollectiveImpact.Graph.Store.Tests;

/// <summary>Registration: configuration picks the store and its settings, bad options fail at startup, the store is one shared instance.</summary>
public sealed class StoreServiceCollectionExtensionsTests : IDisposable
{
    private readonly TempDatabase database = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task AddNetworkStore_WithAPath_RegistersOneSqliteStoreOnThatFile()
    {
        using var provider = Build(new() { ["Store:Sqlite:Path"] = database.PathOf("configured.db") });

        var store = provider.GetRequiredService<INetworkStore>();
        var again = provider.GetRequiredService<INetworkStore>();
        await store.GetVersionAsync();

        Assert.Same(store, again);
        Assert.Equal(database.PathOf("configured.db"), Assert.IsType<SqliteNetworkStore>(store).FullPath);
        Assert.True(File.Exists(database.PathOf("configured.db")));
    }

    [Fact]
    public void AddNetworkStore_WithoutAPath_DefaultsUnderTheCurrentDirectory()
    {
        using var provider = Build([]);

        var options = provider.GetRequiredService<IOptions<SqliteStoreOptions>>().Value;

        Assert.Equal("data/collective-impact.db", options.Path);
        Assert.Equal(Path.Combine(Directory.GetCurrentDirectory(), "data", "collective-impact.db"), options.FullPath);
    }

    [Fact]
    public void AddNetworkStore_Sqlite_RegistersTheCheckpointerWithTheConfiguredSettings()
    {
        using var provider = Build(new()
        {
            ["Store:Sqlite:Path"] = database.PathOf("configured.db"),
            ["Store:Sqlite:CheckpointInterval"] = "00:01:30",
            ["Store:Sqlite:JournalSizeLimitBytes"] = "1048576",
        });

        var hosted = provider.GetServices<IHostedService>();
        var options = provider.GetRequiredService<IOptions<SqliteStoreOptions>>().Value;

        Assert.IsType<SqliteCheckpointer>(Assert.Single(hosted));
        Assert.Equal((TimeSpan.FromSeconds(90), 1048576L), (options.CheckpointInterval, options.JournalSizeLimitBytes));
    }

    [Fact]
    public void AddNetworkStore_Neo4j_RegistersNoCheckpointer()
    {
        using var provider = Build(new() { ["Neo4j:Uri"] = "http://localhost:7474" });

        Assert.Empty(provider.GetServices<IHostedService>());
    }

    [Theory]
    [InlineData("")]
    [InlineData("data/")]
    public void AddNetworkStore_UnusablePath_FailsStartupValidationNamingTheSetting(string path)
    {
        using var provider = Build(new() { ["Store:Sqlite:Path"] = path });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Store:Sqlite:Path", error.Message);
    }

    [Fact]
    public void AddNetworkStore_WithNeo4jUri_RegistersOneNeo4jStoreWithTheConfiguredOptions()
    {
        using var provider = Build(new()
        {
            ["Neo4j:Uri"] = "http://neo4j.example:7474",
            ["Neo4j:User"] = "neo4j",
            ["Neo4j:Password"] = "secret",
            ["Neo4j:Database"] = "impact",
            ["Neo4j:RequestTimeout"] = "00:00:05",
        });

        provider.GetRequiredService<IStartupValidator>().Validate();
        var store = provider.GetRequiredService<INetworkStore>();
        var options = provider.GetRequiredService<IOptions<Neo4jStoreOptions>>().Value;

        Assert.Same(store, provider.GetRequiredService<INetworkStore>());
        Assert.IsType<Neo4jNetworkStore>(store);
        Assert.Equal(("http://neo4j.example:7474", "impact", TimeSpan.FromSeconds(5)), (options.Uri, options.Database, options.RequestTimeout));
        Assert.Null(provider.GetService<SqliteNetworkStore>());
    }

    [Fact]
    public void AddNetworkStore_WithNeo4jUriOnly_DefaultsTheDatabaseToNeo4j()
    {
        using var provider = Build(new() { ["Neo4j:Uri"] = "https://xxxx.databases.neo4j.io" });

        var options = provider.GetRequiredService<IOptions<Neo4jStoreOptions>>().Value;

        Assert.Equal("neo4j", options.Database);
    }

    [Theory]
    [InlineData("bolt://localhost:7687", "Neo4j:Uri")]
    [InlineData("neo4j://localhost:7687", "Neo4j:Uri")]
    public void AddNetworkStore_Neo4jUriThatIsNotHttp_FailsStartupValidationNamingTheSetting(string uri, string setting)
    {
        using var provider = Build(new() { ["Neo4j:Uri"] = uri });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(setting, error.Message);
        Assert.Contains("Query API", error.Message);
    }

    [Fact]
    public void AddNetworkStore_Neo4jWithBothPasswordAndToken_FailsStartupValidation()
    {
        using var provider = Build(new()
        {
            ["Neo4j:Uri"] = "http://localhost:7474",
            ["Neo4j:User"] = "neo4j",
            ["Neo4j:Password"] = "x",
            ["Neo4j:Token"] = "t",
        });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Neo4j:Token", error.Message);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        // Logging as any host has it (the checkpointer logs).
        return new ServiceCollection().AddLogging().AddNetworkStore(configuration).BuildServiceProvider();
    }
}
