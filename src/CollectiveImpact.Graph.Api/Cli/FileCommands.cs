using System.Globalization;
using CollectiveImpact.Graph.Api.Services;
using CollectiveImpact.Graph.Api.Services.Errors;
using CollectiveImpact.Graph.Api.Services.Exports;
using CollectiveImpact.Graph.Api.Services.Imports;
using CollectiveImpact.Graph.Store.Documents;
using CollectiveImpact.Graph.Store.Storage;

namespace CollectiveImpact.Graph.Api.Cli;

/// <summary>
/// <c>import FILE [--mode merge|replace] [--dry-run] [--sheet NAME] [--format F]</c> and
/// <c>export FILE [--as-of YYYY-MM-DD]</c>: the network in and out of the store the service would use, without
/// starting it, through the same services as <c>POST /import</c> and <c>GET /export/network.xlsx</c> (docs/spreadsheets.md),
/// so a file is checked, merged or replaced, and refused the same way. Parsed by hand like <see cref="KeysCommand"/>.
/// </summary>
public static class FileCommands
{
    public const string Usage = """
        Usage:
          import <file> [--mode merge|replace] [--dry-run] [--sheet <name>] [--format xlsx|zip|csv|json]
              Imports the network workbook (.xlsx), a zip of its CSV files, one sheet as .csv (named after the
              sheet, or with --sheet), or a network document (.json). MERGE (the default) adds and updates;
              REPLACE makes the file the whole network. --dry-run checks and says what would change, writing nothing.
          export <file> [--as-of <YYYY-MM-DD>]
              Writes the network as .xlsx (the workbook), .zip (its CSV files) or .json (the network document),
              as stored or as of a date.
        Settings such as --Store:Sqlite:Path=<file> may follow, as for the service.
        """;

    /// <summary>Runs <c>import</c> or <c>export</c>; returns the exit code (0 done, 1 refused, 2 usage error).</summary>
    public static async Task<int> RunAsync(string command, string[] args, IServiceProvider services, TextWriter output, TextWriter error)
    {
        using var scope = services.CreateScope();
        try
        {
            return command == HostArguments.Import
                ? await ImportAsync(args, scope.ServiceProvider, output, error)
                : await ExportAsync(args, scope.ServiceProvider, output, error);
        }
        catch (FileImportRefusedProblem refused)
        {
            error.WriteLine(refused.Message);
            foreach (var problem in refused.Problems)
            {
                error.WriteLine($"  {problem.Message}");
            }

            if (refused.ProblemCount > refused.Problems.Count)
            {
                error.WriteLine($"  … and {refused.ProblemCount - refused.Problems.Count} more (Import:MaxProblems).");
            }

            return 1;
        }
        catch (ServiceProblem refused)
        {
            error.WriteLine(refused.Message);
            return 1;
        }
        catch (IOException ex)
        {
            error.WriteLine(ex.Message);
            return 1;
        }
    }

    private static async Task<int> ImportAsync(string[] args, IServiceProvider services, TextWriter output, TextWriter error)
    {
        if (Parse(args, ["--mode", "--sheet", "--format"], ["--dry-run"], error) is not var (file, options, flags))
        {
            return 2;
        }

        var mode = ChangeMode.Merge;
        if (options.TryGetValue("--mode", out var modeText))
        {
            if (modeText.ToUpperInvariant() is not ("MERGE" or "REPLACE"))
            {
                return UsageError(error, $"--mode: '{modeText}' is not merge or replace.");
            }

            mode = modeText.Equals("replace", StringComparison.OrdinalIgnoreCase) ? ChangeMode.Replace : ChangeMode.Merge;
        }

        ImportFileFormat? format = null;
        if (options.TryGetValue("--format", out var formatText))
        {
            if (!Enum.TryParse<ImportFileFormat>(formatText, ignoreCase: true, out var parsed) || int.TryParse(formatText, out _))
            {
                return UsageError(error, $"--format: '{formatText}' is not one of xlsx, zip, csv, json.");
            }

            format = parsed;
        }

        format ??= Path.GetExtension(file).ToLowerInvariant() switch
        {
            ".xlsx" => ImportFileFormat.Xlsx,
            ".zip" => ImportFileFormat.Zip,
            ".csv" => ImportFileFormat.Csv,
            ".json" => ImportFileFormat.Json,
            _ => null,
        };
        var sheet = options.GetValueOrDefault("--sheet")
            ?? (Path.GetExtension(file).Equals(".csv", StringComparison.OrdinalIgnoreCase) ? Path.GetFileNameWithoutExtension(file) : null);
        var dryRun = flags.Contains("--dry-run");
        if (!File.Exists(file))
        {
            error.WriteLine($"There is no file '{file}'.");
            return 1;
        }

        var limits = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<GraphQL.Limits.RequestLimits>>().Value;
        await using var stream = File.OpenRead(file);
        var result = await services.GetRequiredService<FileImporter>().ImportAsync(
            stream, format, sheet, mode, dryRun, limits.MaxImportRequestBytes, $"command line ({Environment.UserName})", CancellationToken.None);
        var import = result.Import;
        var how = $"{result.Format.ToString().ToLowerInvariant()}, {mode.ToString().ToUpperInvariant()}";
        output.WriteLine(import.DryRun
            ? $"Checked {file} ({how}): nothing written; the network stays at version {import.Version}."
            : $"Imported {file} ({how}): the network is now version {import.Version}.");
        output.WriteLine($"  {"",-14}{"added",8}{"changed",9}{"removed",9}{"unchanged",11}");
        foreach (var (name, changes) in Kinds(import.Changes))
        {
            output.WriteLine($"  {name,-14}{changes.Added,8}{changes.Changed,9}{changes.Removed,9}{changes.Unchanged,11}");
        }

        foreach (var warning in import.Warnings)
        {
            output.WriteLine($"Warning: {warning.Message}");
        }

        foreach (var note in result.Notes)
        {
            output.WriteLine($"Not mapped: {note.Message}");
        }

        if (result.IgnoredSheets.Count > 0)
        {
            output.WriteLine($"Sheets left aside: {string.Join(", ", result.IgnoredSheets)}.");
        }

        return 0;
    }

    private static async Task<int> ExportAsync(string[] args, IServiceProvider services, TextWriter output, TextWriter error)
    {
        if (Parse(args, ["--as-of"], [], error) is not var (file, options, _))
        {
            return 2;
        }

        DateOnly? asOf = null;
        if (options.TryGetValue("--as-of", out var dateText))
        {
            if (!NetworkFormat.TryParseDate(dateText, out var date))
            {
                return UsageError(error, $"--as-of: '{dateText}' is not a calendar date written YYYY-MM-DD.");
            }

            asOf = date;
        }

        var extension = Path.GetExtension(file).ToLowerInvariant();
        if (extension is not (".xlsx" or ".zip" or ".json"))
        {
            return UsageError(error, $"'{file}': the file's name says what to write; end it with .xlsx, .zip or .json.");
        }

        var (version, network) = await services.GetRequiredService<NetworkExporter>().NetworkAsync(asOf, CancellationToken.None);
        var temporary = file + ".partial";
        await using (var stream = File.Create(temporary))
        {
            switch (extension)
            {
                case ".xlsx":
                    XlsxWorkbookWriter.Write(stream, NetworkWorkbook.Sheets(network));
                    break;
                case ".zip":
                    NetworkWorkbook.WriteCsvZip(stream, NetworkWorkbook.Sheets(network), CancellationToken.None);
                    break;
                default:
                    // The stored document keeps the survey rounds (docs/survey.md); a dated one is the network on that day only.
                    NetworkDocumentWriter.Write(stream, network, asOf is null ? services.GetRequiredService<Services.Surveys.SurveyStore>().List().Reverse().ToList() : null);
                    break;
            }
        }

        File.Move(temporary, file, overwrite: true);
        output.WriteLine($"Wrote {file}: network version {version}{(asOf is { } d ? $" as of {d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" : string.Empty)}, {network.Organizations.Count} organizations, {network.People.Count} people, {network.Activities.Count} activities, {network.Ties.Count} ties.");
        return 0;
    }

    private static IEnumerable<(string Name, KindChanges Changes)> Kinds(NetworkChanges changes) =>
    [
        ("initiative", changes.Initiative), ("goals", changes.Goals), ("indicators", changes.Indicators),
        ("measurements", changes.Measurements), ("organizations", changes.Organizations), ("people", changes.People),
        ("activities", changes.Activities), ("ties", changes.Ties),
    ];

    /// <summary>One file argument, options with a value, and flags; null (the error written) when the arguments are wrong.</summary>
    private static (string File, Dictionary<string, string> Options, HashSet<string> Flags)? Parse(
        string[] args, string[] valued, string[] flags, TextWriter error)
    {
        string? file = null;
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (valued.Contains(args[i]) && i + 1 < args.Length)
            {
                options[args[i]] = args[++i];
            }
            else if (flags.Contains(args[i]))
            {
                set.Add(args[i]);
            }
            else if (!args[i].StartsWith("--", StringComparison.Ordinal) && file is null)
            {
                file = args[i];
            }
            else
            {
                UsageError(error, $"Unexpected argument '{args[i]}'.");
                return null;
            }
        }

        if (file is null)
        {
            UsageError(error, "Name the file.");
            return null;
        }

        return (file, options, set);
    }

    private static int UsageError(TextWriter error, string message)
    {
        error.WriteLine(message);
        error.WriteLine(Usage);
        return 2;
    }
}
