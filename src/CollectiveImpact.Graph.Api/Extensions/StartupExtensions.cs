using System.Globalization;
using System.Text.RegularExpressions;
using CollectiveImpact.Graph.Api.Startup;
using Microsoft.AspNetCore.Connections;

namespace CollectiveImpact.Graph.Api.Extensions;

/// <summary>
/// Starting and running the service for a person at a terminal: where the data is (<see cref="StartupReport"/>), and
/// a failure to start said in words: a port in use is one line naming the port and how to choose another, not the
/// host's stack trace.
/// </summary>
public static partial class StartupExtensions
{
    /// <summary>The category under which the generic host logs "Hosting failed to start" with the exception.</summary>
    private const string HostCategory = "Microsoft.Extensions.Hosting.Internal.Host";

    public static IHostApplicationBuilder AddStartupReport(this IHostApplicationBuilder builder)
    {
        var progress = new StartupProgress();
        builder.Services.AddSingleton(progress);
        builder.Services.AddHostedService<StartupReport>();

        // Until the server listens, the host's own error lines (its stack trace of a failed start) are held back:
        // RunService reports the failure instead. Everything else, and everything after, passes as configured;
        // this category otherwise follows the default level (Information).
        builder.Logging.AddFilter(HostCategory, level => level >= LogLevel.Information && (level != LogLevel.Error || progress.Listening));
        return builder;
    }

    /// <summary>Runs until shut down; the process's exit code: 0, or 1 when the server could not start.</summary>
    public static int RunService(this WebApplication app)
    {
        var progress = app.Services.GetRequiredService<StartupProgress>();

        // Read now: a failed start disposes the host, its configuration included, before the exception gets here.
        var urls = app.Configuration["urls"];
        try
        {
            app.Run();
            return 0;
        }
        catch (Exception ex) when (!progress.Listening && AddressInUseMessage(ex, urls) is { } message)
        {
            Console.Error.WriteLine(message);
            return 1;
        }
        catch (Exception ex) when (!progress.Listening)
        {
            // Not a port in use: the full story, in the log and (rethrown) on stderr, as before.
            app.Logger.LogCritical(ex, "The service failed to start.");
            throw;
        }
    }

    /// <summary>The one line for a port already in use, or null when <paramref name="error"/> is something else.</summary>
    public static string? AddressInUseMessage(Exception error, string? configuredUrls)
    {
        var chain = new List<Exception>();
        for (var e = error; e is not null; e = e.InnerException)
        {
            chain.Add(e);
        }

        if (!chain.Any(e => e is AddressInUseException))
        {
            return null;
        }

        // Kestrel's message names the address it could not bind: "Failed to bind to address http://127.0.0.1:5080: ...".
        var address = chain.Select(e => FailedAddress().Match(e.Message)).FirstOrDefault(m => m.Success)?.Groups["address"].Value
            ?? configuredUrls?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault()
            ?? "the configured address";
        var port = Uri.TryCreate(address, UriKind.Absolute, out var uri) ? uri.Port : -1;
        var other = port is > 0 and < 65535 ? port + 1 : 5090;
        var portText = port > 0 ? $"port {port.ToString(CultureInfo.InvariantCulture)}" : "its port";
        return $"Cannot listen on {address}: {portText} is already in use (another program, or this service already running). " +
            $"Choose another port with --urls http://localhost:{other} (dotnet run --project src/CollectiveImpact.Graph.Api -- --urls http://localhost:{other}) " +
            $"or the environment variable Urls=http://localhost:{other}.";
    }

    [GeneratedRegex(@"Failed to bind to address (?<address>\S+): address already in use", RegexOptions.CultureInvariant)]
    private static partial Regex FailedAddress();
}
