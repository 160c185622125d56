using System.Diagnostics;

namespace CollectiveImpact.Graph.Api.Tests.Exports;

/// <summary>
/// A fact that reads files back with NetworkX: skipped, saying why, where no Python 3 with NetworkX is found
/// (<c>python3</c> on the path, then <c>/usr/bin/python3</c>; Debian: <c>apt-get install python3-networkx</c>, which
/// .ci/run installs).
/// </summary>
public sealed class NetworkXFactAttribute : FactAttribute
{
    private static readonly Lazy<string?> Found = new(Probe);

    public NetworkXFactAttribute()
    {
        if (Found.Value is null)
        {
            Skip = "No Python 3 with NetworkX found (tried python3 and /usr/bin/python3): the NetworkX read-back of the exported files did not run. Install it with 'apt-get install python3-networkx' or 'pip install networkx'.";
        }
    }

    /// <summary>The Python interpreter with NetworkX.</summary>
    public static string Python => Found.Value ?? throw new InvalidOperationException("No Python 3 with NetworkX.");

    private static string? Probe()
    {
        foreach (var python in new[] { "python3", "/usr/bin/python3" })
        {
            try
            {
                using var process = Process.Start(new ProcessStartInfo(python, ["-c", "import networkx"])
                {
                    RedirectStandardError = true,
                    RedirectStandardOutput = true,
                });
                if (process is not null && process.WaitForExit(30_000) && process.ExitCode == 0)
                {
                    return python;
                }
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // Not installed under that name: try the next.
            }
        }

        return null;
    }
}
