using System.Text.RegularExpressions;

namespace CollectiveImpact.Graph.Store.Neo4j;

/// <summary>
/// A <c>cypher/</c> file read apart: the header comment (its purpose, its parameters, how to run it) and the
/// statements after it. Schema files hold several statements, each ending with <c>;</c> at the end of a line; every
/// other file holds one.
/// </summary>
internal sealed partial class CypherFile
{
    private CypherFile(string path, IReadOnlyList<string> header, IReadOnlyList<CypherStatement> statements, IReadOnlySet<string> declared)
    {
        Path = path;
        Header = header;
        Statements = statements;
        DeclaredParameters = declared;
    }

    public string Path { get; }

    /// <summary>The leading comment lines, without their <c>//</c>.</summary>
    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<CypherStatement> Statements { get; }

    public IReadOnlySet<string> DeclaredParameters { get; }

    /// <summary>Every <c>$name</c> the statements use.</summary>
    public IReadOnlySet<string> UsedParameters =>
        Statements.SelectMany(s => ParameterPattern().Matches(s.Text).Select(m => m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);

    /// <exception cref="FormatException">The file has no header comment or no statement.</exception>
    public static CypherFile Parse(string path, string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var header = lines.TakeWhile(l => l.StartsWith("//", StringComparison.Ordinal)).Select(l => l[2..].Trim()).ToList();
        if (header.Count == 0)
        {
            throw new FormatException($"cypher/{path} does not start with a header comment (// Purpose: …).");
        }

        var declared = lines.Take(header.Count)
            .Select(l => DeclarationPattern().Match(l))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .ToHashSet(StringComparer.Ordinal);
        var body = string.Join('\n', lines.Skip(header.Count)).Trim();
        var statements = StatementEnd().Split(body)
            .Select(s => s.Trim())
            .Where(s => s.Length > 0)
            .Select(s => new CypherStatement(path, s, declared))
            .ToList();
        if (statements.Count == 0)
        {
            throw new FormatException($"cypher/{path} has a header but no statement.");
        }

        return new CypherFile(path, header, statements, declared);
    }

    [GeneratedRegex(@"\$([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex ParameterPattern();

    [GeneratedRegex(@"^//\s+\$([A-Za-z_][A-Za-z0-9_]*):")]
    private static partial Regex DeclarationPattern();

    [GeneratedRegex(@";[ \t]*(?:\n|$)")]
    private static partial Regex StatementEnd();
}
