using CollectiveImpact.Graph.Store.Neo4j;
using CollectiveImpact.Graph.Store.Tests.Support;

namespace CollectiveImpact.Graph.Store.Tests.Neo4j;

/// <summary>
/// The <c>cypher/</c> files: every one embedded in the store, each opening with its header (what it is for, its
/// parameters, how to run it), every <c>$parameter</c> a statement uses declared there and every declared one used.
/// </summary>
public sealed class CypherCatalogTests
{
    private static readonly string Folder = RepositoryFiles.PathOf("cypher");

    private static IReadOnlyList<string> Paths { get; } = Directory.EnumerateFiles(Folder, "*.cypher", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(Folder, f).Replace('\\', '/'))
        .Order(StringComparer.Ordinal)
        .ToList();

    public static TheoryData<string> FilesOnDisk => new(Paths);

    [Fact]
    public void Embedded_HoldsExactlyTheFilesOnDisk()
    {
        var embedded = CypherCatalog.Embedded.Files.Select(f => f.Path).Order(StringComparer.Ordinal);

        Assert.Equal(Paths, embedded);
    }

    [Theory]
    [MemberData(nameof(FilesOnDisk))]
    public void File_OpensWithPurposeParametersAndHowToRun(string path)
    {
        var file = CypherFile.Parse(path, File.ReadAllText(Path.Combine(Folder, path)));

        Assert.StartsWith("Purpose: ", file.Header[0], StringComparison.Ordinal);
        Assert.True(file.Header[0].Length > "Purpose: ".Length + 10, $"cypher/{path}: the purpose says too little.");
        Assert.Contains(file.Header, line => line.StartsWith("Parameters:", StringComparison.Ordinal));
        var run = string.Join(' ', file.Header.SkipWhile(line => !line.StartsWith("Run:", StringComparison.Ordinal)));
        Assert.True(
            run.Contains("cypher-shell", StringComparison.Ordinal) || run.Contains("Neo4j Browser", StringComparison.Ordinal),
            $"cypher/{path}: the header's Run: section says neither how to run it with cypher-shell nor in Neo4j Browser.");
        var none = file.Header.Any(line => line == "Parameters: none");
        Assert.Equal(none, file.DeclaredParameters.Count == 0);
    }

    [Theory]
    [MemberData(nameof(FilesOnDisk))]
    public void File_DeclaresExactlyTheParametersItUses(string path)
    {
        var file = CypherFile.Parse(path, File.ReadAllText(Path.Combine(Folder, path)));

        Assert.Equal(file.DeclaredParameters.Order(StringComparer.Ordinal), file.UsedParameters.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void CypherFiles_EveryNameTheStoreUses_IsEmbedded()
    {
        var names = typeof(CypherFiles).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);

        Assert.All(names, name => Assert.NotNull(CypherCatalog.Embedded.File(name)));
    }

    [Fact]
    public void Parse_SchemaFile_SplitsItsStatements()
    {
        var file = CypherCatalog.Embedded.File(CypherFiles.Constraints);

        Assert.Equal(16, file.Statements.Count);
        Assert.All(file.Statements, s => Assert.StartsWith("CREATE CONSTRAINT ", s.Text, StringComparison.Ordinal));
        Assert.All(file.Statements, s => Assert.Contains("IF NOT EXISTS", s.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_FileWithoutHeader_IsRejectedNamingIt()
    {
        var error = Assert.Throws<FormatException>(() => CypherFile.Parse("read/bad.cypher", "MATCH (n) RETURN n"));

        Assert.Contains("cypher/read/bad.cypher", error.Message);
    }
}
