using System.Text.Json;
using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.Tests.Fixtures;

/// <summary>
/// A graph of the shared fixture set (Fixtures/graphs.py writes Fixtures/graphs/*.json), as the analytics see it,
/// with each node's sector for the by-sector measures.
/// </summary>
public sealed record FixtureGraph(string Name, string Source, UndirectedGraph Graph, IReadOnlyDictionary<string, string> Sectors)
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    /// <summary>The names of every graph in the set, for <c>[MemberData]</c>.</summary>
    public static TheoryData<string> Names()
    {
        var names = new TheoryData<string>();
        foreach (var file in System.IO.Directory.GetFiles(Path.Combine(Directory, "graphs"), "*.json").Order(StringComparer.Ordinal))
        {
            names.Add(Path.GetFileNameWithoutExtension(file));
        }

        return names;
    }

    public static FixtureGraph Load(string name)
    {
        using var stream = File.OpenRead(Path.Combine(Directory, "graphs", name + ".json"));
        using var document = JsonDocument.Parse(stream);
        var root = document.RootElement;
        var nodes = root.GetProperty("nodes").EnumerateArray().ToList();
        var ids = nodes.Select(n => n.GetProperty("id").GetString()!).ToList();
        var sectors = nodes.ToDictionary(n => n.GetProperty("id").GetString()!, n => n.GetProperty("sector").GetString()!);
        var edges = root.GetProperty("edges").EnumerateArray()
            .Select(e => (e[0].GetString()!, e[1].GetString()!, e[2].GetDouble()));
        return new FixtureGraph(name, root.GetProperty("source").GetString()!, UndirectedGraph.Create(ids, edges), sectors);
    }

    /// <summary>Reads a fixture file of expected values written by one of the fixture scripts.</summary>
    public static JsonElement LoadExpected(string fileName)
    {
        var text = File.ReadAllText(Path.Combine(Directory, fileName));
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
