using System.Globalization;
using System.Text.Json;
using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Benchmarks;

/// <summary>
/// Writes every benchmark graph as plain files so a peer library (igraph, see benchmarks/igraph/compare.py) times the
/// same graph: <c>NAME.nodes.txt</c> (one node id a line, in index order), <c>NAME.edges.tsv</c> (<c>u v weight</c>
/// by node index, each edge once) and <c>manifest.json</c> (names, sizes, and the sampled-betweenness settings).
/// </summary>
public static class GraphExport
{
    public static void Write(string directory, TextWriter log)
    {
        Directory.CreateDirectory(directory);
        var graphs = new List<object>();
        foreach (var name in BenchmarkGraphs.All)
        {
            var graph = BenchmarkGraphs.Graph(name);
            File.WriteAllLines(Path.Combine(directory, name + ".nodes.txt"), graph.NodeIds);
            using (var edges = new StreamWriter(Path.Combine(directory, name + ".edges.tsv")))
            {
                foreach (var (u, v, w) in graph.Edges)
                {
                    edges.Write(u.ToString(CultureInfo.InvariantCulture));
                    edges.Write('\t');
                    edges.Write(v.ToString(CultureInfo.InvariantCulture));
                    edges.Write('\t');
                    edges.WriteLine(w.ToString("R", CultureInfo.InvariantCulture));
                }
            }

            graphs.Add(new { name, nodes = graph.NodeCount, edges = graph.EdgeCount, components = ComponentCount(graph) });
            log.WriteLine($"{name}: {graph.NodeCount} nodes, {graph.EdgeCount} edges");
        }

        var manifest = new
        {
            generator = new { seed = BenchmarkGraphs.Seed, peoplePerOrganization = BenchmarkGraphs.PeoplePerOrganization, organizations = BenchmarkGraphs.All.Select(n => BenchmarkGraphs.Parse(n).Organizations).Distinct() },
            sampledBetweenness = new { k = SampledBetweenness.SampleSize, seed = SampledBetweenness.Seed },
            graphs,
        };
        File.WriteAllText(
            Path.Combine(directory, "manifest.json"),
            JsonSerializer.Serialize(manifest, new JsonSerializerOptions { WriteIndented = true }));
    }

    /// <summary>Connected components, for the manifest only (a sanity check that both sides load the same graph).</summary>
    private static int ComponentCount(UndirectedGraph graph)
    {
        var seen = new bool[graph.NodeCount];
        var stack = new Stack<int>();
        var components = 0;
        for (var start = 0; start < graph.NodeCount; start++)
        {
            if (seen[start])
            {
                continue;
            }

            components++;
            seen[start] = true;
            stack.Push(start);
            while (stack.TryPop(out var v))
            {
                foreach (var w in graph.Neighbors(v))
                {
                    if (!seen[w])
                    {
                        seen[w] = true;
                        stack.Push(w);
                    }
                }
            }
        }

        return components;
    }
}
