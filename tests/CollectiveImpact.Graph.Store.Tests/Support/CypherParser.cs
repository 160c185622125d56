using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;

namespace CollectiveImpact.Graph.Store.Tests.Support;

/// <summary>
/// Runs tests/cypher-parse/parse.mjs: Neo4j's Cypher language support (@neo4j-cypher/language-support, its ANTLR
/// parser and the Neo4j front end's semantic analysis) on every Cypher file of a folder, in one node process.
/// Needs Node.js and <c>npm ci</c> in tests/cypher-parse (scripts/test.sh does it when node_modules is missing).
/// </summary>
internal static class CypherParser
{
    private static readonly string ScriptFolder = RepositoryFiles.PathOf(Path.Combine("tests", "cypher-parse"));

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>What the parser said of each file of <paramref name="folder"/>, keyed by its path relative to it.</summary>
    public static async Task<CypherParseRun> ParseFolderAsync(string folder)
    {
        Assert.True(Directory.Exists(Path.Combine(ScriptFolder, "node_modules", "@neo4j-cypher", "language-support")),
            "Run 'npm ci --prefix tests/cypher-parse' first, or scripts/test.sh, which does (Node.js 20 or later with npm is needed to parse cypher/).");

        var start = new ProcessStartInfo("node") { WorkingDirectory = ScriptFolder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("parse.mjs");
        start.ArgumentList.Add("--json");
        start.ArgumentList.Add(folder);
        Process node;
        try
        {
            node = Process.Start(start)!;
        }
        catch (Win32Exception)
        {
            Assert.Fail("Node.js is not installed ('node' is not on PATH); parsing cypher/ needs Node.js 20 or later with npm.");
            throw;
        }

        using var started = node;
        var output = node.StandardOutput.ReadToEndAsync();
        var error = node.StandardError.ReadToEndAsync();
        // A bound so that a hung node process fails the run instead of hanging it; parsing takes well under a minute.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await node.WaitForExitAsync(timeout.Token);

        var stdout = await output;
        var stderr = await error;
        Assert.True(node.ExitCode is 0 or 1, $"parse.mjs failed (exit {node.ExitCode}):\n{stderr}{stdout}");
        var files = JsonSerializer.Deserialize<List<CypherParseFile>>(stdout, Json)
            ?? throw new InvalidOperationException("parse.mjs printed no results:\n" + stderr);
        return new CypherParseRun(node.ExitCode, files.ToDictionary(f => f.File, f => f.Diagnostics, StringComparer.Ordinal));
    }
}
