namespace CollectiveImpact.Graph.Api.Tests.Infrastructure;

public sealed record ScopedLog(string Category, string Message, IReadOnlyDictionary<string, object?> Scopes);
