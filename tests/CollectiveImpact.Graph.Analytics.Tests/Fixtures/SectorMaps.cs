using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.Tests.Fixtures;

/// <summary>Sector maps by node id, in the shape the by-sector measures take.</summary>
internal static class SectorMaps
{
    public static IReadOnlyDictionary<string, string?> Of(FixtureGraph fixture) =>
        fixture.Sectors.ToDictionary(p => p.Key, p => (string?)p.Value, StringComparer.Ordinal);

    /// <summary>The <c>i</c>-th sector given is node <c>i</c>'s.</summary>
    public static IReadOnlyDictionary<string, string?> ByIndex(UndirectedGraph graph, params string?[] sectors) =>
        Enumerable.Range(0, graph.NodeCount).ToDictionary(i => graph.NodeIds[i], i => sectors[i], StringComparer.Ordinal);
}
