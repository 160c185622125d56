using System.Net;
using System.Net.Sockets;
using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Api.Extensions;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Connections;

namespace CollectiveImpact.Graph.Api.Tests.Extensions;

/// <summary>
/// Starting the real service as a process, as a new user does: a port already in use is one line on stderr naming the
/// port and how to choose another, with no stack trace and no first-start key lost above it; the next start on a free
/// port prints where the data is and then the key, which works.
/// </summary>
public sealed class StartupExtensionsTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task PortInUse_ExitsWithOneLineNamingThePort_AndMakesNoKeyUntilAStartSucceeds()
    {
        using var occupier = new TcpListener(IPAddress.Loopback, 0);
        occupier.Start();
        var port = ((IPEndPoint)occupier.LocalEndpoint).Port;
        await using var service = new ServiceProcess(firstStart: true);

        await Assert.ThrowsAsync<InvalidOperationException>(() => service.StartAsync(StartTimeout, new Uri($"http://127.0.0.1:{port}/")));
        var (exitCode, errorOutput, outputOfFailure) = (service.ExitCode, service.ErrorOutput, service.Output);
        var keysAfterFailure = new ApiKeyStore(new AuthDatabase(service.KeysPath), TimeProvider.System).List();
        await service.StartAsync(StartTimeout);
        var secret = service.Output.Split(['\n', ' '], StringSplitOptions.TrimEntries).Single(w => w.StartsWith(ApiKeyStore.SecretPrefix, StringComparison.Ordinal));
        using var client = service.Client();
        client.DefaultRequestHeaders.Remove("X-Api-Key");
        client.DefaultRequestHeaders.Add("X-Api-Key", secret);
        using var answer = await client.PostAsync("/graphql", new StringContent("{\"query\":\"{ networkVersion }\"}", System.Text.Encoding.UTF8, "application/json"));

        var error = Assert.Single(errorOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains($"port {port} is already in use", error, StringComparison.Ordinal);
        Assert.Contains("--urls http://localhost:", error, StringComparison.Ordinal);
        Assert.Contains("Urls=http://localhost:", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outputOfFailure, StringComparison.Ordinal);
        Assert.DoesNotContain(ApiKeyStore.SecretPrefix, outputOfFailure, StringComparison.Ordinal);
        Assert.Equal(1, exitCode);
        Assert.Empty(keysAfterFailure);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
    }

    [Fact]
    public async Task Start_PrintsTheAbsolutePathsOfTheStoreAndTheKeyFile()
    {
        await using var service = new ServiceProcess();

        await service.StartAsync(StartTimeout);

        Assert.Contains($"Network store: SQLite file {Path.GetFullPath(service.DatabasePath)}", service.Output, StringComparison.Ordinal);
        Assert.Contains($"API keys and audit log: SQLite file {Path.GetFullPath(service.KeysPath)}", service.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void AddressInUseMessage_KestrelsBindFailure_NamesTheAddressThePortAndAnother()
    {
        var error = new IOException("Failed to bind to address http://127.0.0.1:5080: address already in use.", new AddressInUseException("Address already in use"));

        var message = StartupExtensions.AddressInUseMessage(error, "http://localhost:5080");

        Assert.Equal(
            "Cannot listen on http://127.0.0.1:5080: port 5080 is already in use (another program, or this service already running). " +
            "Choose another port with --urls http://localhost:5081 (dotnet run --project src/CollectiveImpact.Graph.Api -- --urls http://localhost:5081) " +
            "or the environment variable Urls=http://localhost:5081.",
            message);
    }

    [Fact]
    public void AddressInUseMessage_AddressNotInTheMessage_FallsBackToTheConfiguredUrls()
    {
        var error = new IOException("Something else.", new AddressInUseException("Address already in use"));

        var message = StartupExtensions.AddressInUseMessage(error, "http://localhost:6000;http://localhost:6001");

        Assert.StartsWith("Cannot listen on http://localhost:6000: port 6000 is already in use", message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddressInUseMessage_AnyOtherFailure_IsNull()
    {
        Assert.Null(StartupExtensions.AddressInUseMessage(new IOException("Disk full."), "http://localhost:5080"));
        Assert.Null(StartupExtensions.AddressInUseMessage(new InvalidOperationException("Bad options."), null));
    }
}
