using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using CollectiveImpact.Graph.Api.Auth;
using Microsoft.Data.Sqlite;

namespace CollectiveImpact.Graph.Api.Tests.Infrastructure;

/// <summary>
/// The real service as a child process (<c>dotnet CollectiveImpact.Graph.Api.dll</c>) on a temporary store and key
/// file, listening on a free loopback port, with a backbone key made before it starts (unless it is to make its own
/// first-start key). It can be killed with SIGKILL and started again on the same files.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly StringBuilder output = new();
    private readonly StringBuilder errorOutput = new();
    private readonly bool firstStart;
    private Process? process;

    /// <param name="settings">Settings given on the command line after the test's own (so they win).</param>
    /// <param name="firstStart">True: no key is made beforehand, and the service makes and prints its first-start key.</param>
    public ServiceProcess(IReadOnlyDictionary<string, string>? settings = null, bool firstStart = false)
    {
        Directory.CreateDirectory(Folder);
        this.firstStart = firstStart;
        Key = firstStart ? string.Empty : new ApiKeyStore(new AuthDatabase(KeysPath), TimeProvider.System).Create(Roles.Backbone, "Process test", null).Secret;
        SqliteConnection.ClearAllPools();
        Settings = settings ?? new Dictionary<string, string>();
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "ci-graph-process", Guid.NewGuid().ToString("N"));

    public string DatabasePath => Path.Combine(Folder, "network.db");

    public string KeysPath => Path.Combine(Folder, "auth.db");

    /// <summary>The backbone key made beforehand; empty for a first start.</summary>
    public string Key { get; }

    /// <summary>The exit code once the process has exited, else null.</summary>
    public int? ExitCode => process is { HasExited: true } ? process.ExitCode : null;

    /// <summary>What the process wrote on stderr only.</summary>
    public string ErrorOutput
    {
        get
        {
            lock (errorOutput)
            {
                return errorOutput.ToString();
            }
        }
    }

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public IReadOnlyDictionary<string, string> Settings { get; }

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>
    /// Starts the service on <paramref name="address"/> (default: a free loopback port) and waits until <c>/healthz</c>
    /// answers; throws <see cref="InvalidOperationException"/> when the process exits first.
    /// </summary>
    public async Task StartAsync(TimeSpan timeout, Uri? address = null)
    {
        BaseAddress = address ?? new Uri($"http://127.0.0.1:{FreePort()}/");
        var dll = Path.Combine(AppContext.BaseDirectory, "CollectiveImpact.Graph.Api.dll");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = AppContext.BaseDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
        {
            dll, $"--Urls={BaseAddress.ToString().TrimEnd('/')}", $"--Store:Sqlite:Path={DatabasePath}", $"--Auth:KeysPath={KeysPath}",
            "--Sample:LoadOnEmptyStore=false", $"--Auth:CreateAdminKeyOnFirstStart={(firstStart ? "true" : "false")}",
        }.Concat(Settings.Select(s => $"--{s.Key}={s.Value}")))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) =>
        {
            Append(e.Data);
            if (e.Data is not null)
            {
                lock (errorOutput)
                {
                    errorOutput.AppendLine(e.Data);
                }
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < timeout)
        {
            if (process.HasExited)
            {
                // Both streams read to their end, so Output and ErrorOutput are complete.
                await process.WaitForExitAsync();
                throw new InvalidOperationException($"The service exited with {process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await http.GetAsync("/healthz");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The service did not answer /healthz within {timeout}:\n{Output}");
    }

    /// <summary>A client that sends the backbone key.</summary>
    public HttpClient Client(TimeSpan? timeout = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = timeout ?? TimeSpan.FromSeconds(100) };
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        return client;
    }

    /// <summary>SIGKILL: the process gets no chance to finish, flush or roll back anything.</summary>
    public async Task KillAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process?.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean from the temp folder.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }
}
