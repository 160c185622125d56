using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CollectiveImpact.Graph.Api.Tests.Auth;

/// <summary>
/// The first-start backbone key, in process (the console is a writer the test reads): printed once on the console
/// only, never in the log, and working; a later start on the same files prints none. That a failed start makes no key
/// is proved on the real process: StartupExtensionsTests.
/// </summary>
public sealed class AdminKeyBootstrapperTests
{
    [Fact]
    public async Task FirstStart_PrintsOneWorkingBackboneKeyOnTheConsoleOnly_NeverInTheLog()
    {
        var logs = new CapturedLogs();
        var console = new StringWriter();
        using var first = new FirstStartFactory(logs, console);
        _ = first.Server;

        var secret = console.ToString().Split(['\n', ' '], StringSplitOptions.TrimEntries).Single(w => w.StartsWith(ApiKeyStore.SecretPrefix, StringComparison.Ordinal));
        var data = await first.GraphQLAs(secret).DataAsync("{ apiKeys { id name role } }");
        var key = Assert.Single(data.GetProperty("apiKeys").EnumerateArray());

        Assert.Equal(AdminKeyBootstrapper.KeyName, key.GetProperty("name").GetString());
        Assert.Equal("BACKBONE", key.GetProperty("role").GetString());
        Assert.DoesNotContain(logs.Entries, e => e.Message.Contains(secret, StringComparison.Ordinal));
        var logged = Assert.Single(logs.Entries, e => e.Message.Contains("First start: created backbone API key", StringComparison.Ordinal));
        Assert.Contains(key.GetProperty("id").GetString()!, logged.Message, StringComparison.Ordinal);
        Assert.Contains("console only", logged.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LaterStart_SameKeyFile_PrintsNoKey()
    {
        var console = new StringWriter();
        string databasePath;
        using (var first = new FirstStartFactory(new CapturedLogs(), console) { DeleteDatabaseOnDispose = false })
        {
            databasePath = first.DatabasePath;
            _ = first.Server;
        }

        var laterConsole = new StringWriter();
        using var later = new FirstStartFactory(new CapturedLogs(), laterConsole) { DatabasePath = databasePath };
        _ = later.Server;

        Assert.Contains(ApiKeyStore.SecretPrefix, console.ToString(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, laterConsole.ToString());
        Assert.Single(later.Services.GetRequiredService<ApiKeyStore>().List());
    }

    /// <summary>A host that makes the first-start key, its console a writer and its logs captured.</summary>
    private sealed class FirstStartFactory(CapturedLogs logs, TextWriter console) : ApiFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings { get; } =
            new Dictionary<string, string?> { ["Auth:CreateAdminKeyOnFirstStart"] = "true" };

        protected override void ConfigureTestServices(IServiceCollection services)
        {
            services.AddSingleton<ILoggerProvider>(logs);
            var registered = services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(AdminKeyBootstrapper));
            services.Remove(registered);
            services.AddHostedService(provider => new AdminKeyBootstrapper(
                provider.GetRequiredService<ApiKeyStore>(),
                provider.GetRequiredService<IOptions<AuthOptions>>(),
                provider.GetRequiredService<IHostApplicationLifetime>(),
                provider.GetRequiredService<ILogger<AdminKeyBootstrapper>>(),
                console));
        }
    }
}
