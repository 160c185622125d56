using System.Globalization;
using CollectiveImpact.Graph.Store.Documents;
using CollectiveImpact.Graph.Store.Generation;

namespace CollectiveImpact.Graph.Api.Cli;

/// <summary>
/// <c>generate --organizations N --output FILE [options]</c>: writes a seeded, realistic network document
/// (<see cref="NetworkGenerator"/>) in the canonical form the export writes, so a large network can be served
/// with <c>Sample__Path=FILE</c> on an empty store, or imported with <c>importNetwork</c>. The web map is measured
/// and tested on such a network. Parsed by hand like <see cref="KeysCommand"/>.
/// </summary>
public static class GenerateCommand
{
    public const string Usage = """
        Usage:
          generate --organizations <n> --output <file.json>
                   [--people-per-organization <x>] [--seed <n>] [--tie-density <x>]
                   [--goals <n>] [--indicators <n>] [--activities <n>] [--measurements-per-indicator <n>]
        Writes a generated network document (format collective-impact-network/1); the same options and seed give
        the same bytes. Serve it on an empty store with Sample__Path=<file.json>, or import it with importNetwork.
        """;

    private static readonly string[] Options =
    [
        "--organizations", "--output", "--people-per-organization", "--seed", "--tie-density",
        "--goals", "--indicators", "--activities", "--measurements-per-indicator",
    ];

    /// <summary>Runs the command; returns the process exit code (0 written, 1 refused, 2 usage error).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!Options.Contains(args[i]))
            {
                return UsageError(error, $"Unexpected argument '{args[i]}'.");
            }

            if (i + 1 >= args.Length)
            {
                return UsageError(error, $"{args[i]} needs a value.");
            }

            if (!values.TryAdd(args[i], args[i + 1]))
            {
                return UsageError(error, $"{args[i]} is given twice.");
            }

            i++;
        }

        if (!values.TryGetValue("--organizations", out _) || !values.TryGetValue("--output", out var path))
        {
            return UsageError(error, "generate needs --organizations and --output.");
        }

        NetworkGeneratorOptions options;
        try
        {
            var defaults = new NetworkGeneratorOptions();
            options = new NetworkGeneratorOptions
            {
                Organizations = Integer(values, "--organizations", defaults.Organizations),
                PeoplePerOrganization = Number(values, "--people-per-organization", defaults.PeoplePerOrganization),
                Seed = Integer(values, "--seed", defaults.Seed),
                TieDensity = Number(values, "--tie-density", defaults.TieDensity),
                Goals = Integer(values, "--goals", defaults.Goals),
                Indicators = values.ContainsKey("--indicators") ? Integer(values, "--indicators", 0) : null,
                Activities = values.ContainsKey("--activities") ? Integer(values, "--activities", 0) : null,
                MeasurementsPerIndicator = Integer(values, "--measurements-per-indicator", defaults.MeasurementsPerIndicator),
            };
        }
        catch (FormatException ex)
        {
            return UsageError(error, ex.Message);
        }

        Store.Domain.Network network;
        try
        {
            network = NetworkGenerator.Generate(options);
        }
        catch (ArgumentOutOfRangeException ex)
        {
            // The generator names the option in its own spelling (Organizations); say it as it was typed.
            error.WriteLine($"{OptionName(ex.ParamName)}: {ex.Message.Split(" (Parameter", 2)[0]}");
            return 1;
        }

        var fullPath = Path.GetFullPath(path);
        var partial = fullPath + ".partial";
        try
        {
            // Written beside the target and moved over it, so an interrupted run never leaves half a document
            // where a whole one (or an older one) was.
            Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
            using (var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                NetworkDocumentWriter.Write(file, network);
                file.Flush(flushToDisk: true);
            }

            File.Move(partial, fullPath, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            File.Delete(partial);
            error.WriteLine($"--output: cannot write {fullPath}: {ex.Message}");
            return 1;
        }

        var mapNodes = network.Goals.Count + network.Indicators.Count + network.Organizations.Count + network.People.Count + network.Activities.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Wrote {fullPath} (seed {options.Seed}): {network.Goals.Count} goals, {network.Indicators.Count} indicators, {network.Measurements.Count} measurements, {network.Organizations.Count} organizations, {network.People.Count} people, {network.Activities.Count} activities, {network.Ties.Count} ties; {mapNodes} nodes in the FULL projection."));
        output.WriteLine($"Serve it on an empty store: Sample__Path={fullPath} Store__Sqlite__Path=<new file> dotnet run --project src/CollectiveImpact.Graph.Api");
        return 0;
    }

    private static int Integer(Dictionary<string, string> values, string option, int fallback) =>
        !values.TryGetValue(option, out var text) ? fallback
        : int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value
        : throw new FormatException($"{option}: '{text}' is not a whole number.");

    private static double Number(Dictionary<string, string> values, string option, double fallback) =>
        !values.TryGetValue(option, out var text) ? fallback
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value
        : throw new FormatException($"{option}: '{text}' is not a number.");

    /// <summary>--people-per-organization for PeoplePerOrganization.</summary>
    private static string OptionName(string? parameter) =>
        parameter is null ? "generate"
        : "--" + string.Concat(parameter.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private static int UsageError(TextWriter error, string problem)
    {
        error.WriteLine(problem);
        error.WriteLine(Usage);
        return 2;
    }
}
