using CollectiveImpact.Graph.Store.Sqlite;
using CollectiveImpact.Graph.Store.Storage;
using CollectiveImpact.Graph.Store.Tests.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CollectiveImpact.Graph.Store.Tests;

/// <summary>Registration: configuration picks the path, bad options fail at startup, the store is one shared instance.</summary>
public sealed class StoreServiceCollectionExtensionsTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task AddNetworkStore_WithAPath_RegistersOneSqliteStoreOnThatFile()
    {
        using var provider = Build(new() { ["Store:Sqlite:Path"] = _database.PathOf("configured.db") });

        var store = provider.GetRequiredService<INetworkStore>();
        var again = provider.GetRequiredService<INetworkStore>();
        await store.GetVersionAsync();

        Assert.Same(store, again);
        Assert.Equal(_database.PathOf("configured.db"), Assert.IsType<SqliteNetworkStore>(store).FullPath);
        Assert.True(File.Exists(_database.PathOf("configured.db")));
    }

    [Fact]
    public void AddNetworkStore_WithoutAPath_DefaultsUnderTheCurrentDirectory()
    {
        using var provider = Build([]);

        var options = provider.GetRequiredService<IOptions<SqliteStoreOptions>>().Value;

        Assert.Equal("data/collective-impact.db", options.Path);
        Assert.Equal(Path.Combine(Directory.GetCurrentDirectory(), "data", "collective-impact.db"), options.FullPath);
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
    public void AddNetworkStore_WithNeo4jUri_RefusesUntilThatAdapterExists()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Neo4j:Uri"] = "bolt://localhost:7687" }).Build();

        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddNetworkStore(configuration));

        Assert.Contains("Neo4j:Uri", error.Message);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddNetworkStore(configuration).BuildServiceProvider();
    }
}
