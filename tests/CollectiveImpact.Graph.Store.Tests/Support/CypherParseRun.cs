namespace CollectiveImpact.Graph.Store.Tests.Support;

/// <summary>One run of tests/cypher-parse/parse.mjs: its exit code (1 when any file had a diagnostic) and each file's diagnostics.</summary>
internal sealed record CypherParseRun(int ExitCode, IReadOnlyDictionary<string, IReadOnlyList<CypherDiagnostic>> Files);
