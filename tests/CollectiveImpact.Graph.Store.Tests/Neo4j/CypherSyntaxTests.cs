using CollectiveImpact.Graph.Store.Tests.Support;

namespace CollectiveImpact.Graph.Store.Tests.Neo4j;

/// <summary>
/// Every <c>cypher/</c> file parsed by Neo4j's own Cypher tooling (@neo4j-cypher/language-support, run by
/// tests/cypher-parse/parse.mjs): its ANTLR grammar of Cypher and the semantic analysis of the Neo4j database's front
/// end, as Cypher 5. A file with an error or a warning (a deprecated construct) fails, naming the file, the line and
/// column, and the parser's message. The parameters are checked against each file's header by
/// <see cref="CypherCatalogTests"/>; labels, properties and procedures (gds.*) are not checked, as no database schema
/// is given. The second half feeds the parser broken Cypher to show that the check bites.
/// </summary>
public sealed class CypherSyntaxTests
{
    private static readonly string Folder = RepositoryFiles.PathOf("cypher");

    private static readonly string[] Extensions = [".cypher", ".cy"];

    // One node process parses every file (loading the parser takes seconds); the theory's cases share its answer.
    private static readonly Lazy<Task<CypherParseRun>> Repository = new(() => CypherParser.ParseFolderAsync(Folder));

    private static readonly Lazy<Task<CypherParseRun>> Samples = new(ParseSamplesAsync);

    public static TheoryData<string> FilesOnDisk => new(Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories)
        .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.Ordinal))
        .Select(f => Path.GetRelativePath(Folder, f).Replace('\\', '/'))
        .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(FilesOnDisk))]
    public async Task File_ParsesWithNeo4jsCypherParser_WithoutErrorsOrWarnings(string path)
    {
        var run = await Repository.Value;

        Assert.True(run.Files.TryGetValue(path, out var diagnostics), $"parse.mjs did not report on cypher/{path}.");
        Assert.True(diagnostics.Count == 0,
            $"Neo4j's Cypher parser rejects cypher/{path}:\n" + string.Join('\n', diagnostics.Select(d => $"cypher/{path}:{d}")));
    }

    [Fact]
    public async Task Parse_MissingParenthesis_ReportsTheSyntaxErrorAtItsLineAndColumn()
    {
        var run = await Samples.Value;

        // The parser goes on after the first error (here: the query then ends with a MATCH); the first is the cause.
        var error = Assert.IsType<CypherDiagnostic>(run.Files["broken.cypher"].FirstOrDefault(), exactMatch: true);
        Assert.Equal(("error", 4, 1), (error.Severity, error.Line, error.Column));
        Assert.StartsWith("Invalid input 'RETURN'", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public async Task Parse_BrokenSecondStatementOfASchemaFile_ReportsItsLine()
    {
        var run = await Samples.Value;

        var error = Assert.Single(run.Files["schema/two-statements.cypher"]);
        Assert.Equal(("error", 4), (error.Severity, error.Line));
        Assert.Contains("'REQUIRES'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parse_UndefinedVariable_ReportsNeo4jsSemanticError()
    {
        var run = await Samples.Value;

        var error = Assert.Single(run.Files["undefined-variable.cypher"]);
        Assert.Equal(("error", 3, 18), (error.Severity, error.Line, error.Column));
        Assert.Equal("Variable `m` not defined", error.Message);
    }

    [Fact]
    public async Task Parse_CallSubqueryWithoutScope_IsFlaggedAsDeprecated()
    {
        var run = await Samples.Value;

        var warning = Assert.Single(run.Files["deprecated-call.cypher"]);
        Assert.Equal(("warning", 3, 1), (warning.Severity, warning.Line, warning.Column));
        Assert.Contains("CALL () { ... }", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parse_ParametersUnwindMergeAndScopedCallSubquery_AreAccepted()
    {
        var run = await Samples.Value;

        Assert.Empty(run.Files["valid.cypher"]);
    }

    private static async Task<CypherParseRun> ParseSamplesAsync()
    {
        var folder = Directory.CreateTempSubdirectory("cypher-parse-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "schema"));
            await Write("broken.cypher", "MATCH (n:Organization\n", "RETURN n");
            await Write("schema/two-statements.cypher",
                "CREATE CONSTRAINT a IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE;\n",
                "CREATE CONSTRAINT b IF NOT EXISTS FOR (n:Goal) REQUIRES n.id IS UNIQUE;");
            await Write("undefined-variable.cypher", "MATCH (n) RETURN m");
            await Write("deprecated-call.cypher", "CALL { MATCH (a:Organization) RETURN a }\n", "RETURN a.id AS id");
            await Write("valid.cypher",
                "UNWIND $rows AS row\n",
                "MERGE (n:Node:Goal {id: row.id})\n",
                "ON CREATE SET n.createdIn = $version\n",
                "WITH n\n",
                "CALL (n) { MATCH (n)<-[:MEASURES]-(i:Indicator) RETURN count(i) AS indicators }\n",
                "RETURN n.id AS id, indicators");
            return await CypherParser.ParseFolderAsync(folder);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        // Each sample opens with a two-line header as the cypher/ files do, so its statement starts on line 3.
        Task Write(string name, params string[] statement) => File.WriteAllTextAsync(
            Path.Combine(folder, name),
            "// Purpose: a sample for CypherSyntaxTests.\n// Parameters: none\n" + string.Concat(statement));
    }
}
