namespace CollectiveImpact.Graph.Store.Tests.Support;

/// <summary>An error or warning of Neo4j's Cypher parser, at a line and column counted from 1.</summary>
internal sealed record CypherDiagnostic(string Severity, int Line, int Column, string Message)
{
    public override string ToString() => $"{Line}:{Column}: {Severity}: {Message}";
}
