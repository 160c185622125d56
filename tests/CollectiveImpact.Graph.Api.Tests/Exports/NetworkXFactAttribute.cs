using System.Diagnostics;

namespace CollectiveImpact.Graph.Api.Tests.Exports;

/// <summary>
/// A fact that reads files back with NetworkX: skipped, saying why, where no Python 3 with a NetworkX that reads the
/// format is found (<c>python3</c> on the path, then <c>/usr/bin/python3</c>). GraphML: any NetworkX (Debian:
/// <c>apt-get install python3-networkx</c>, which .ci/run installs). GEXF 1.3: NetworkX 2.6 or later reads it;
/// Debian 12's 2.8.8 does not (its reader knows 1.1draft and 1.2draft only), so .ci/run also tries
/// <c>pip install networkx</c>.
/// </summary>
public sealed class NetworkXFactAttribute : FactAttribute
{
    private static readonly Lazy<string?> ForGraphML = new(() => Probe("import networkx"));

    private static readonly Lazy<string?> ForGexf = new(() => Probe("from networkx.readwrite.gexf import GEXF; assert '1.3' in GEXF.versions"));

    /// <param name="format">"graphml" or "gexf": what the test reads.</param>
    public NetworkXFactAttribute(string format)
    {
        if ((format == "gexf" ? ForGexf : ForGraphML).Value is null)
        {
            Skip = format == "gexf"
                ? "No Python 3 with a NetworkX that reads GEXF 1.3 found (tried python3 and /usr/bin/python3; Debian 12's python3-networkx 2.8.8 reads only 1.1draft and 1.2draft): the NetworkX read-back of the GEXF export did not run. 'pip install networkx' gives one that does."
                : "No Python 3 with NetworkX found (tried python3 and /usr/bin/python3): the NetworkX read-back of the GraphML export did not run. Install it with 'apt-get install python3-networkx' or 'pip install networkx'.";
        }
    }

    /// <summary>The Python interpreter whose NetworkX reads <paramref name="format"/>.</summary>
    public static string Python(string format) =>
        (format == "gexf" ? ForGexf : ForGraphML).Value ?? throw new InvalidOperationException($"No Python 3 with a NetworkX that reads {format}.");

    private static string? Probe(string check)
    {
        foreach (var python in new[] { "python3", "/usr/bin/python3" })
        {
            try
            {
                using var process = Process.Start(new ProcessStartInfo(python, ["-c", check])
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
