using CollectiveImpact.Graph.Api.Auth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CollectiveImpact.Graph.Api.Tests.Infrastructure;

/// <summary>
/// The real <c>Program</c> in process, on the real SQLite store in a temporary file of its own (one per test class,
/// as a class fixture), with the sample loaded on start as in production unless a subclass says otherwise.
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>
{
    /// <summary>The SQLite file this host uses; a second factory may be pointed at it to restart "the same" service.</summary>
    public string DatabasePath { get; init; } =
        Path.Combine(Path.GetTempPath(), "ci-graph-api-tests", Guid.NewGuid().ToString("N"), "network.db");

    /// <summary>False to keep the database when this host is disposed, for a second host to start on it.</summary>
    public bool DeleteDatabaseOnDispose { get; init; } = true;

    private string? backboneKey;

    protected virtual string Environment => "Development";

    protected virtual IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>();

    /// <summary>The backbone key every client of CreateClient sends, created on first use.</summary>
    public string BackboneKey => backboneKey ??= CreateKey(Roles.Backbone, "Test backbone");

    public GraphQLClient GraphQL() => new(CreateClient());

    /// <summary>A client that sends this key (or none) instead of the backbone key.</summary>
    public GraphQLClient GraphQLAs(string? key)
    {
        var client = CreateAnonymousClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        return new GraphQLClient(client);
    }

    /// <summary>A client that sends no credentials (the test server's own client, without the default key).</summary>
    public HttpClient CreateAnonymousClient() => Server.CreateClient();

    /// <summary>Creates a key in this host's key file and returns its secret.</summary>
    public string CreateKey(string role, string name, string? organization = null) =>
        Services.GetRequiredService<ApiKeyStore>().Create(role, name, organization).Secret;

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Add("X-Api-Key", BackboneKey);
    }

    protected virtual void ConfigureTestServices(IServiceCollection services)
    {
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("Store:Sqlite:Path", DatabasePath);
        // Tests create their keys themselves, and send many requests quickly; subclasses' Settings may say otherwise.
        builder.UseSetting("Auth:CreateAdminKeyOnFirstStart", "false");
        builder.UseSetting("Limits:RequestBurst", "1000000");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(ConfigureTestServices);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && DeleteDatabaseOnDispose)
        {
            SqliteConnection.ClearAllPools();
            var directory = Path.GetDirectoryName(DatabasePath)!;
            try
            {
                if (Directory.Exists(directory))
                {
                    Directory.Delete(directory, recursive: true);
                }
            }
            catch (IOException)
            {
                // A file still held open is left for the OS to clean from the temp folder.
            }
        }
    }
}
