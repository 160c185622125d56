using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Testcontainers.Redis;

namespace CollectiveImpact.Graph.Api.Tests.Caching.Support;

/// <summary>
/// A real, throwaway Redis for one test: Debian's <c>redis-server</c> on a free loopback port (no persistence, its own
/// temporary folder), or, where no binary exists but a Docker engine does, a Testcontainers Redis bound to a fixed
/// host port so that <see cref="RestartAsync"/> keeps the address. Stopped and removed on dispose.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private static readonly Lazy<string?> Binary = new(FindBinary);
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(20);

    private readonly string? directory;
    private readonly RedisContainer? container;
    private Process? process;

    private RedisServer(int port, string? directory, RedisContainer? container)
    {
        Port = port;
        this.directory = directory;
        this.container = container;
    }

    /// <summary>Why Redis tests cannot run here, or null when they can.</summary>
    public static string? Unavailable =>
        Binary.Value is not null || DockerEngineExists
            ? null
            : "Needs a real Redis: no redis-server binary on PATH (CI installs Debian's: apt-get install -y redis-server) " +
              "and no Docker engine for Testcontainers.Redis.";

    public int Port { get; }

    /// <summary>The StackExchange.Redis configuration string for this server.</summary>
    public string Configuration => $"127.0.0.1:{Port}";

    private static bool DockerEngineExists =>
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOCKER_HOST")) || File.Exists("/var/run/docker.sock");

    public static async Task<RedisServer> StartAsync()
    {
        // A free port can be taken by a parallel test between choosing it and binding it: then try another.
        for (var attempt = 1; ; attempt++)
        {
            var server = Create(FreePort());
            try
            {
                await server.StartProcessAsync();
                return server;
            }
            catch (RedisExitedException) when (attempt < 3)
            {
                await server.DisposeAsync();
            }
        }
    }

    private static RedisServer Create(int port)
    {
        if (Binary.Value is not null)
        {
            return new RedisServer(port, Directory.CreateTempSubdirectory("cig-redis-").FullName, null);
        }

        if (DockerEngineExists)
        {
            return new RedisServer(port, null, new RedisBuilder("redis:7.2").WithPortBinding(port, 6379).Build());
        }

        throw new InvalidOperationException(Unavailable);
    }

    /// <summary>Stops the server (as a crash would: no save, connections dropped); the port stays reserved for a restart.</summary>
    public async Task StopAsync()
    {
        if (container is not null)
        {
            await container.StopAsync();
            return;
        }

        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process?.Dispose();
        process = null;
    }

    /// <summary>Starts the server again on the same port (empty: nothing was persisted).</summary>
    public Task RestartAsync() => StartProcessAsync();

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (container is not null)
        {
            await container.DisposeAsync();
        }

        if (directory is not null)
        {
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temporary folder is harmless.
            }
        }
    }

    private async Task StartProcessAsync()
    {
        if (container is not null)
        {
            await container.StartAsync();
        }
        else
        {
            var start = new ProcessStartInfo(Binary.Value!)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = directory,
            };
            foreach (var argument in new[]
                     {
                         "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1",
                         "--save", "", "--appendonly", "no", "--dir", directory!, "--daemonize", "no", "--loglevel", "warning",
                     })
            {
                start.ArgumentList.Add(argument);
            }

            process = Process.Start(start) ?? throw new InvalidOperationException($"{Binary.Value} did not start.");
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        await WaitUntilAnswersAsync();
    }

    private async Task WaitUntilAnswersAsync()
    {
        var deadline = DateTime.UtcNow + ReadyTimeout;
        while (true)
        {
            if (process is { HasExited: true })
            {
                throw new RedisExitedException($"redis-server exited with code {process.ExitCode} before answering on port {Port}.");
            }

            if (await AnswersPingAsync())
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Redis on port {Port} did not answer PING within {ReadyTimeout.TotalSeconds} s.");
            }

            await Task.Delay(25);
        }
    }

    private async Task<bool> AnswersPingAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray());
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (Exception ex) when (ex is SocketException or IOException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static string? FindBinary()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/bin").Append("/usr/local/bin").Append("/usr/sbin")
            .Select(folder => Path.Combine(folder, "redis-server"))
            .FirstOrDefault(File.Exists);
    }

    private sealed class RedisExitedException(string message) : Exception(message);
}
