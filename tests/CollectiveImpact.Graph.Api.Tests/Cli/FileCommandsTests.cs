using System.Diagnostics;
using CollectiveImpact.Graph.Api.Cli;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;
using CollectiveImpact.Graph.Store.Documents;
using CollectiveImpact.Graph.Store.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CollectiveImpact.Graph.Api.Tests.Cli;

/// <summary>
/// <c>import</c> and <c>export</c> on the command line: the service's own services on its store, without serving. The
/// sample exported as a workbook and imported into an empty store gives back the same network, byte for byte; a file
/// with mistakes is refused naming each cell, writing nothing; and the real entry point runs them.
/// </summary>
public sealed class FileCommandsTests(ApiFactory factory) : IClassFixture<ApiFactory>, IDisposable
{
    private readonly string directory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "ci-graph-files-" + Guid.NewGuid().ToString("N"))).FullName;

    [Theory]
    [InlineData("network.xlsx")]
    [InlineData("network.zip")]
    [InlineData("network.json")]
    public async Task ExportThenImport_IntoAnEmptyStore_GivesBackTheSampleByteForByte(string name)
    {
        var file = Path.Combine(directory, name);
        using var empty = new ConfiguredApiFactory(new Dictionary<string, string?> { ["Sample:LoadOnEmptyStore"] = "false" });

        var exported = await RunAsync(factory, "export", file);
        var checkedOnly = await RunAsync(empty, "import", file, "--mode", "replace", "--dry-run");
        var versionAfterCheck = await VersionAsync(empty);
        var imported = await RunAsync(empty, "import", file, "--mode", "replace");

        Assert.Equal(0, exported.Code);
        Assert.StartsWith($"Wrote {file}: network version ", exported.Output, StringComparison.Ordinal);
        Assert.Equal(0, checkedOnly.Code);
        Assert.Contains("nothing written; the network stays at version 0", checkedOnly.Output, StringComparison.Ordinal);
        Assert.Matches(@"organizations\s+67\s+0\s+0\s+0", checkedOnly.Output);
        Assert.Equal(0, versionAfterCheck);
        Assert.Equal(0, imported.Code);
        Assert.Contains("the network is now version 1", imported.Output, StringComparison.Ordinal);
        Assert.Equal(await CanonicalAsync(factory), await CanonicalAsync(empty));
    }

    [Fact]
    public async Task Export_AsOfADate_WritesTheNetworkThen()
    {
        var file = Path.Combine(directory, "then.json");

        var result = await RunAsync(factory, "export", file, "--as-of", "2023-06-30");

        Assert.Equal(0, result.Code);
        Assert.Equal(NetworkDocumentWriter.Write((await LibraryReference.SnapshotAsync(factory, new DateOnly(2023, 6, 30))).Network), File.ReadAllBytes(file));
    }

    [Fact]
    public async Task Import_OfASheetWithMistakes_NamesEachCellAndWritesNothing()
    {
        var file = Path.Combine(directory, "Organizations.csv");
        File.WriteAllText(file, "ID,Name,Sector,Since\r\no-cli,CLI partner,Helth,2024-02-30\r\n");
        var before = await VersionAsync(factory);

        var result = await RunAsync(factory, "import", file);

        Assert.Equal(1, result.Code);
        Assert.Contains("The CSV file was refused with 2 problems. Nothing was written.", result.Error, StringComparison.Ordinal);
        Assert.Contains("  Organizations!C2: Sector 'Helth' is not one of ", result.Error, StringComparison.Ordinal);
        Assert.Contains("  Organizations!D2: Since '2024-02-30' is not a date", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, await VersionAsync(factory));
    }

    [Theory]
    [InlineData(2, "Name the file.", "import")]
    [InlineData(2, "--mode: 'add' is not merge or replace.", "import", "x.xlsx", "--mode", "add")]
    [InlineData(2, "Unexpected argument '--colour'", "import", "x.xlsx", "--colour")]
    [InlineData(2, "--as-of: 'soon' is not a calendar date", "export", "x.json", "--as-of", "soon")]
    [InlineData(2, "end it with .xlsx, .zip or .json", "export", "x.pdf")]
    [InlineData(1, "There is no file", "import", "missing.xlsx")]
    [InlineData(1, "REPLACE takes the whole network", "import", "Goals.csv", "--mode", "replace")]
    public async Task Run_BadArguments_ExplainsAndWritesNothing(int code, string message, string command, params string[] args)
    {
        File.WriteAllText(Path.Combine(directory, "Goals.csv"), "ID,Name\r\ng-x,X\r\n");
        var before = await VersionAsync(factory);

        var result = await RunAsync(factory, command, [.. args.Select(a => a.EndsWith(".csv", StringComparison.Ordinal) ? Path.Combine(directory, a) : a)]);

        Assert.Equal(code, result.Code);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Equal(before, await VersionAsync(factory));
    }

    /// <summary>The real entry point: <c>dotnet CollectiveImpact.Graph.Api.dll import … --Store:Sqlite:Path=…</c>.</summary>
    [Fact]
    public async Task EntryPoint_ImportsAndExportsOnTheStoreItIsGiven()
    {
        var workbook = Path.Combine(directory, "sample.xlsx");
        Assert.Equal(0, (await RunAsync(factory, "export", workbook)).Code);
        var store = $"--Store:Sqlite:Path={Path.Combine(directory, "cli.db")}";

        var import = await RunProcessAsync("import", workbook, "--mode", "replace", store);
        var export = await RunProcessAsync("export", Path.Combine(directory, "back.json"), store);

        Assert.True(import.Code == 0, import.Error);
        Assert.Contains("the network is now version 1", import.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("info:", import.Output, StringComparison.Ordinal);
        Assert.True(export.Code == 0, export.Error);
        Assert.Equal(await CanonicalAsync(factory), File.ReadAllBytes(Path.Combine(directory, "back.json")));
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static async Task<(int Code, string Output, string Error)> RunAsync(ApiFactory host, string command, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await FileCommands.RunAsync(command, args, host.Services, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static async Task<(int Code, string Output, string Error)> RunProcessAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = AppContext.BaseDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CollectiveImpact.Graph.Api.dll"));
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await output, await error);
    }

    private static async Task<byte[]> CanonicalAsync(ApiFactory host) =>
        NetworkDocumentWriter.Write((await host.Services.GetRequiredService<INetworkStore>().ReadSnapshotAsync(CancellationToken.None)).Network);

    private static async Task<long> VersionAsync(ApiFactory host) =>
        (await host.Services.GetRequiredService<INetworkStore>().ReadSnapshotAsync(CancellationToken.None)).Version;
}
