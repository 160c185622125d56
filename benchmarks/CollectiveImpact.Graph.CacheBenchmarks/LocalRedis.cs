using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CollectiveImpact.Graph.CacheBenchmarks;

/// <summary>
/// A throwaway <c>redis-server</c> (Debian's: <c>apt-get install -y redis-server</c>) on a free loopback port, with no
/// persistence and its own temporary folder; killed on dispose. The L2 benchmark reads from it.
/// </summary>
public sealed class LocalRedis : IAsyncDisposable
{
    private readonly Process process;
    private readonly string directory;

    private LocalRedis(Process process, string directory, int port)
    {
        this.process = process;
        this.directory = directory;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The StackExchange.Redis configuration string.</summary>
    public string Configuration => $"127.0.0.1:{Port}";

    public static async Task<LocalRedis> StartAsync()
    {
        var binary = new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("The L2 benchmark needs redis-server (apt-get install -y redis-server); none in /usr/bin or /usr/local/bin.");
        var port = FreePort();
        var directory = Directory.CreateTempSubdirectory("cig-bench-redis-").FullName;
        var start = new ProcessStartInfo(binary) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
                 {
                     "--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                     "--dir", directory, "--daemonize", "no", "--loglevel", "warning",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{binary} did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var redis = new LocalRedis(process, directory, port);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await redis.AnswersPingAsync())
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                await redis.DisposeAsync();
                throw new InvalidOperationException($"redis-server did not answer PING on port {port} within 20 s.");
            }

            await Task.Delay(25);
        }

        return redis;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
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
}
