using System.Reflection;

namespace CollectiveImpact.Graph.Store.Neo4j;

/// <summary>
/// Every <c>cypher/</c> file, read from the resources the build embeds in this assembly. The adapter asks for a
/// statement by file name and never builds Cypher text of its own.
/// </summary>
internal sealed class CypherCatalog
{
    private const string ResourcePrefix = "cypher/";

    private readonly Dictionary<string, CypherFile> files;

    private CypherCatalog(Dictionary<string, CypherFile> files) => this.files = files;

    /// <summary>The catalog built into this assembly, loaded once.</summary>
    public static CypherCatalog Embedded { get; } = Load(typeof(CypherCatalog).Assembly);

    public IEnumerable<CypherFile> Files => files.Values;

    /// <summary>The single statement of a file, e.g. <c>write/upsert-goals.cypher</c>.</summary>
    /// <exception cref="KeyNotFoundException">No such file was embedded.</exception>
    public CypherStatement Statement(string file) => File(file).Statements switch
    {
        [var only] => only,
        var many => throw new InvalidOperationException($"cypher/{file} holds {many.Count} statements; ask for them with File().Statements."),
    };

    public CypherFile File(string file) =>
        files.TryGetValue(file, out var found)
            ? found
            : throw new KeyNotFoundException($"cypher/{file} is not embedded in {typeof(CypherCatalog).Assembly.GetName().Name}.");

    private static CypherCatalog Load(Assembly assembly)
    {
        var files = new Dictionary<string, CypherFile>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            // MSBuild's RecursiveDir uses the build machine's separator.
            var name = resource.Replace('\\', '/');
            if (!name.StartsWith(ResourcePrefix, StringComparison.Ordinal) || !name.EndsWith(".cypher", StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            var path = name[ResourcePrefix.Length..];
            files.Add(path, CypherFile.Parse(path, reader.ReadToEnd()));
        }

        return new CypherCatalog(files);
    }
}
