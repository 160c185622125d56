using System.Collections.Concurrent;
using System.Text.Json;
using CollectiveImpact.Graph.Analytics.Graphs;
using CollectiveImpact.Graph.Analytics.Tests.Fixtures;

namespace CollectiveImpact.Graph.Analytics.Tests.Centrality;

/// <summary>
/// The NetworkX reference scores in Fixtures/centrality.json (written by Fixtures/make_centrality_fixtures.py from
/// the shared graph set), and the comparison every measure's fixture theory uses.
/// </summary>
internal static class NetworkXCentrality
{
    /// <summary>Agreement required: 1e-6 absolute, or relative to the expected value where it exceeds 1.</summary>
    public const double Tolerance = 1e-6;

    private static readonly Lazy<JsonElement> Document = new(() => FixtureGraph.LoadExpected("centrality.json"));
    private static readonly ConcurrentDictionary<string, UndirectedGraph> Graphs = new();

    public static string NetworkXVersion => Document.Value.GetProperty("networkx").GetString()!;

    public static UndirectedGraph Graph(string name) => Graphs.GetOrAdd(name, n => FixtureGraph.Load(n).Graph);

    /// <summary>Every fixture graph crossed with each (normalized, weighted) variant given, for <c>[MemberData]</c>.</summary>
    public static TheoryData<string, bool, bool> Cases(params (bool Normalized, bool Weighted)[] variants)
    {
        var cases = new TheoryData<string, bool, bool>();
        foreach (var name in FixtureGraph.Names())
        {
            foreach (var (normalized, weighted) in variants)
            {
                cases.Add(name, normalized, weighted);
            }
        }

        return cases;
    }

    /// <summary>The fixture entry for a graph, measure and variant.</summary>
    public static JsonElement Entry(string graph, string measure, bool normalized, bool weighted)
    {
        foreach (var entry in Document.Value.GetProperty("graphs").GetProperty(graph).EnumerateArray())
        {
            if (entry.GetProperty("measure").GetString() == measure
                && entry.GetProperty("normalized").GetBoolean() == normalized
                && entry.GetProperty("weighted").GetBoolean() == weighted)
            {
                return entry;
            }
        }

        throw new KeyNotFoundException($"centrality.json has no {measure} (normalized {normalized}, weighted {weighted}) for {graph}.");
    }

    /// <summary>NetworkX's scores for the entry, or null when NetworkX raised (the exception name is in <paramref name="raised"/>).</summary>
    public static IReadOnlyDictionary<string, double>? Expected(string graph, string measure, bool normalized, bool weighted, out string? raised)
    {
        var entry = Entry(graph, measure, normalized, weighted);
        if (entry.TryGetProperty("raises", out var raises))
        {
            raised = raises.GetString();
            return null;
        }

        raised = null;
        return entry.GetProperty("scores").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble());
    }

    public static void AssertMatches(IReadOnlyDictionary<string, double> expected, NodeScores actual)
    {
        Assert.Equal(expected.Count, actual.Values.Count);
        foreach (var (id, value) in expected)
        {
            var score = actual[id];
            var allowed = Tolerance * Math.Max(1.0, Math.Abs(value));
            Assert.True(
                Math.Abs(score - value) <= allowed,
                $"Node {id}: expected {value:R} (NetworkX {NetworkXVersion}), got {score:R}; difference {Math.Abs(score - value):E2} exceeds {allowed:E2}.");
        }
    }
}
