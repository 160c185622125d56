using System.Net.Sockets;
using CollectiveImpact.Graph.Store.Neo4j;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;

namespace CollectiveImpact.Graph.Store.Tests.Support;

/// <summary>
/// A Neo4j server for the contract suite: the one at NEO4J_URI (with NEO4J_USER, NEO4J_PASSWORD) when set, else a
/// throwaway container of the official <c>neo4j:5</c> image through Testcontainers when a Docker engine answers.
/// With neither, <see cref="SkipReason"/> says so and the tests that need it are skipped.
/// </summary>
public sealed class Neo4jTestServer : IAsyncDisposable
{
    public const string Image = "neo4j:5";

    private const string ContainerPassword = "contract-suite-password";

    private static readonly Lazy<string?> Reason = new(FindSkipReason);

    private readonly SemaphoreSlim startLock = new(1, 1);
    private IContainer? container;
    private Neo4jStoreOptions? options;

    /// <summary>Why Neo4j tests cannot run here, or null when they can.</summary>
    public static string? SkipReason => Reason.Value;

    /// <summary>Options for a store on the server, started on first use.</summary>
    public async Task<Neo4jStoreOptions> OptionsAsync()
    {
        await startLock.WaitAsync();
        try
        {
            return options ??= await StartAsync();
        }
        finally
        {
            startLock.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (container is not null)
        {
            await container.DisposeAsync();
        }

        startLock.Dispose();
    }

    private static string? FindSkipReason() =>
        !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("NEO4J_URI")) || DockerAnswers()
            ? null
            : "no Docker engine and NEO4J_URI not set";

    /// <summary>Whether a Docker engine answers on DOCKER_HOST or the default socket (a CLI alone is not enough).</summary>
    private static bool DockerAnswers()
    {
        var host = Environment.GetEnvironmentVariable("DOCKER_HOST");
        try
        {
            if (host is not null && host.StartsWith("tcp://", StringComparison.Ordinal))
            {
                var uri = new Uri(host);
                using var tcp = new TcpClient();
                return tcp.ConnectAsync(uri.Host, uri.Port).Wait(TimeSpan.FromSeconds(2)) && tcp.Connected;
            }

            var path = host is not null && host.StartsWith("unix://", StringComparison.Ordinal) ? host["unix://".Length..] : "/var/run/docker.sock";
            if (!File.Exists(path))
            {
                return false;
            }

            using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            socket.Connect(new UnixDomainSocketEndPoint(path));
            socket.Send("GET /ping HTTP/1.0\r\n\r\n"u8);
            socket.ReceiveTimeout = 2000;
            var buffer = new byte[64];
            var read = socket.Receive(buffer);
            return System.Text.Encoding.ASCII.GetString(buffer, 0, read).Contains(" 200 ", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is SocketException or IOException or AggregateException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private async Task<Neo4jStoreOptions> StartAsync()
    {
        var uri = Environment.GetEnvironmentVariable("NEO4J_URI");
        if (!string.IsNullOrWhiteSpace(uri))
        {
            return new Neo4jStoreOptions
            {
                Uri = uri,
                User = Environment.GetEnvironmentVariable("NEO4J_USER") ?? "neo4j",
                Password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD"),
                Database = Environment.GetEnvironmentVariable("NEO4J_DATABASE") ?? Neo4jStoreOptions.DefaultDatabase,
            };
        }

        container = new ContainerBuilder(Image)
            .WithEnvironment("NEO4J_AUTH", "neo4j/" + ContainerPassword)
            .WithPortBinding(7474, assignRandomHostPort: true)
            .WithWaitStrategy(Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(request => request.ForPort(7474).ForPath("/")))
            .Build();
        await container.StartAsync();
        return new Neo4jStoreOptions
        {
            Uri = $"http://{container.Hostname}:{container.GetMappedPublicPort(7474)}",
            User = "neo4j",
            Password = ContainerPassword,
        };
    }
}
