namespace CollectiveImpact.Graph.Store.Neo4j;

/// <summary>
/// One Cypher statement from a file in <c>cypher/</c>: its text exactly as written there (without the header), and
/// the parameters the file's header declares. Only <see cref="CypherCatalog"/> makes these, so a statement the
/// adapter sends is always one of the files: user input travels only in parameters.
/// </summary>
/// <param name="File">The file's path under <c>cypher/</c>, e.g. <c>write/upsert-goals.cypher</c>.</param>
/// <param name="Text">The statement.</param>
/// <param name="DeclaredParameters">The <c>$names</c> the header lists under "Parameters:".</param>
internal sealed record CypherStatement(string File, string Text, IReadOnlySet<string> DeclaredParameters);
