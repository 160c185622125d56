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

    protected virtual string Environment => "Development";

    protected virtual IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>();

    public GraphQLClient GraphQL() => new(CreateClient());

    protected virtual void ConfigureTestServices(IServiceCollection services)
    {
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("Store:Sqlite:Path", DatabasePath);
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
