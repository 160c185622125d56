namespace CollectiveImpact.Graph.Store.Tests.Support;

/// <summary>One file as parse.mjs reports it in its JSON output.</summary>
internal sealed record CypherParseFile(string File, IReadOnlyList<CypherDiagnostic> Diagnostics);
