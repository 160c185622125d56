using System.Text.Json;
using CollectiveImpact.Graph.Analytics.Tests.Fixtures;

namespace CollectiveImpact.Graph.Analytics.Tests.Centrality;

/// <summary>
/// NetworkX's eigenvector centrality run to the eigenvector itself (Fixtures/eigenvector.json, written by
/// Fixtures/make_eigenvector_fixtures.py: <c>nx.eigenvector_centrality</c> with tol=1e-13, max_iter=100000), which is
/// what <see cref="Analytics.Centrality.EigenvectorCentrality"/> computes; centrality.json's entries use NetworkX's
/// loose defaults (within about 1e-6 per node of it, or PowerIterationFailedConvergence).
/// </summary>
internal static class NetworkXEigenvector
{
    private static readonly Lazy<JsonElement> Document = new(() => FixtureGraph.LoadExpected("eigenvector.json"));

    /// <summary>The scores for a fixture graph, or null when NetworkX raised (the exception name is in <paramref name="raised"/>).</summary>
    public static IReadOnlyDictionary<string, double>? Expected(string graph, bool weighted, out string? raised)
    {
        var entry = Document.Value.GetProperty("graphs").GetProperty(graph).EnumerateArray()
            .Single(e => e.GetProperty("weighted").GetBoolean() == weighted);
        raised = entry.TryGetProperty("raises", out var raises) ? raises.GetString() : null;
        return raised is null ? entry.GetProperty("scores").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble()) : null;
    }
}
