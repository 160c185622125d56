using CollectiveImpact.Graph.Analytics.Graphs;
using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Generation;

namespace CollectiveImpact.Graph.Benchmarks;

/// <summary>
/// The graphs every benchmark runs on, named <c>KIND-ORGANIZATIONS</c> ("FULL-1000"): a projection of the network the
/// seeded <see cref="NetworkGenerator"/> makes with that many organizations and <see cref="PeoplePerOrganization"/>
/// people each, the rest of its shape the generator's default. The same name gives the same graph in every benchmark
/// process and in <c>--export-graphs</c>, so igraph times the very graph we time.
/// </summary>
public static class BenchmarkGraphs
{
    public const int Seed = 1;

    /// <summary>
    /// Nine people per organization on average (the generator's default is three), so <c>FULL</c> has about 10,000
    /// nodes at 1,000 organizations and about 200,000 at 20,000: the sizes issue 3 names. Partnerships of that size
    /// (Logan Together: 100+ organizations, 1,000+ people) have about ten people per organization.
    /// </summary>
    public const double PeoplePerOrganization = 9;

    public const string Full1000 = "FULL-1000";
    public const string Organizations1000 = "ORGANIZATIONS-1000";
    public const string Full20000 = "FULL-20000";
    public const string Organizations20000 = "ORGANIZATIONS-20000";

    public static IReadOnlyList<string> All { get; } = [Full1000, Organizations1000, Full20000, Organizations20000];

    private static readonly Dictionary<int, Network> Networks = [];
    private static readonly Dictionary<string, UndirectedGraph> Graphs = new(StringComparer.Ordinal);

    /// <summary>The generated network with <paramref name="organizations"/> organizations (cached per process).</summary>
    public static Network Network(int organizations)
    {
        lock (Networks)
        {
            if (!Networks.TryGetValue(organizations, out var network))
            {
                network = NetworkGenerator.Generate(new NetworkGeneratorOptions { Organizations = organizations, PeoplePerOrganization = PeoplePerOrganization, Seed = Seed });
                Networks[organizations] = network;
            }

            return network;
        }
    }

    /// <summary>The graph named <paramref name="name"/> (cached per process).</summary>
    public static UndirectedGraph Graph(string name)
    {
        lock (Graphs)
        {
            if (!Graphs.TryGetValue(name, out var graph))
            {
                var (kind, organizations) = Parse(name);
                graph = NetworkProjector.Project(Network(organizations), kind).Graph;
                Graphs[name] = graph;
            }

            return graph;
        }
    }

    public static (ProjectionKind Kind, int Organizations) Parse(string name)
    {
        var dash = name.LastIndexOf('-');
        if (dash > 0
            && Enum.TryParse<ProjectionKind>(name[..dash], ignoreCase: true, out var kind)
            && int.TryParse(name[(dash + 1)..], System.Globalization.CultureInfo.InvariantCulture, out var organizations)
            && organizations > 0)
        {
            return (kind, organizations);
        }

        throw new ArgumentException($"'{name}' is not a benchmark graph name; expected KIND-ORGANIZATIONS such as {Full1000}.", nameof(name));
    }
}
