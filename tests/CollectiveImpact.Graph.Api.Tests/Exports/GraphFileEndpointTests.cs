using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using CollectiveImpact.Graph.Analytics.Centrality;
using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;
using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Api.Tests.Exports;

/// <summary>
/// <c>/export/graph.graphml</c> and <c>/export/graph.gexf</c> on the sample. Expected graphs come from the analytics
/// library projecting the stored snapshot afresh (<see cref="LibraryReference"/>), and the files are read back both by
/// a plain XML reader here and by NetworkX (<c>read_graphml</c>, <c>read_gexf</c>).
/// </summary>
public sealed class GraphFileEndpointTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string PartnerOrganization = "o-riverbend-family-services";

    [Theory]
    [InlineData("graphml", "application/graphml+xml")]
    [InlineData("gexf", "application/gexf+xml")]
    public async Task Export_FullAsBackbone_WritesEveryNodeAndEdgeOfTheProjectionWithItsAttributes(string format, string contentType)
    {
        using var response = await factory.CreateClient().GetAsync($"/export/graph.{format}?projection=FULL&measures=DEGREE,PAGE_RANK");
        var file = await GraphFileAsync(response, format);
        var projection = (await LibraryReference.ProjectionsAsync(factory)).Full;
        var degree = CentralityCalculator.Compute(projection.Graph, CentralityMeasure.Degree, CentralityOptions.Default);
        var pageRank = CentralityCalculator.Compute(projection.Graph, CentralityMeasure.PageRank, CentralityOptions.Default);

        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"network-full-{LibraryReference.Today(factory):yyyy-MM-dd}.{format}", response.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        Assert.Equal(projection.Graph.NodeIds.Order(StringComparer.Ordinal), file.Nodes.Keys.Order(StringComparer.Ordinal));
        for (var i = 0; i < projection.Graph.NodeCount; i++)
        {
            var node = file.Nodes[projection.Graph.NodeIds[i]];
            Assert.Equal(projection.NodeNames[i], node["label"]);
            Assert.Equal(projection.NodeKinds[i].ToString().ToLowerInvariant(), node["kind"]);
            Assert.Equal(projection.Sectors[i]?.ToString().ToUpperInvariant(), node.GetValueOrDefault("sector"));
            Assert.Equal(projection.NodeKinds[i] == NodeKind.Organization ? (projection.CommunityLed[i] ? "true" : "false") : null, node.GetValueOrDefault("communityLed"));
            Assert.Equal(degree.Values[i], double.Parse(node["degree"], CultureInfo.InvariantCulture), 12);
            Assert.Equal(pageRank.Values[i], double.Parse(node["pageRank"], CultureInfo.InvariantCulture), 12);
        }

        Assert.Equal(ExpectedEdges(projection), file.Edges.Order().ToList());
    }

    [Theory]
    [InlineData("graphml")]
    [InlineData("gexf")]
    public async Task Export_FullAsDashboard_LeavesOutEveryPersonAndTheirEdges(string format)
    {
        var dashboard = factory.CreateKey(Roles.Dashboard, "Export dashboard");

        var file = await GraphFileAsync(await GetAsAsync(dashboard, $"/export/graph.{format}?projection=FULL"), format);
        var projection = (await LibraryReference.ProjectionsAsync(factory)).Full;
        var people = Enumerable.Range(0, projection.Graph.NodeCount).Where(i => projection.NodeKinds[i] == NodeKind.Person).Select(i => projection.Graph.NodeIds[i]).ToHashSet();

        Assert.NotEmpty(people);
        Assert.Equal(projection.Graph.NodeIds.Where(id => !people.Contains(id)).Order(StringComparer.Ordinal), file.Nodes.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(ExpectedEdges(projection).Where(e => !people.Contains(e.Source) && !people.Contains(e.Target)), file.Edges.Order());
    }

    [Fact]
    public async Task Export_FullAsPartner_KeepsOnlyThePeopleOfItsOwnOrganization()
    {
        var partner = factory.CreateKey(Roles.Partner, "Export partner", PartnerOrganization);

        var file = await GraphFileAsync(await GetAsAsync(partner, "/export/graph.graphml?projection=FULL"), "graphml");
        var people = (await LibraryReference.SnapshotAsync(factory)).Network.People;
        var own = people.Where(p => p.Organization == PartnerOrganization).Select(p => p.Id).ToList();

        Assert.NotEmpty(own);
        Assert.All(own, id => Assert.Contains(id, file.Nodes.Keys));
        Assert.DoesNotContain(people.Where(p => p.Organization != PartnerOrganization), p => file.Nodes.ContainsKey(p.Id));
        Assert.All(file.Edges, e => Assert.True(file.Nodes.ContainsKey(e.Source) && file.Nodes.ContainsKey(e.Target)));
    }

    [Fact]
    public async Task Export_OrganizationsAsOfAnEarlierDate_WritesTheNetworkAsOfThatDate()
    {
        var date = new DateOnly(2023, 6, 30);

        var file = await GraphFileAsync(await factory.CreateClient().GetAsync("/export/graph.gexf?asOf=2023-06-30"), "gexf");
        var then = (await LibraryReference.ProjectionsAsync(factory, date)).Organizations;
        var now = (await LibraryReference.ProjectionsAsync(factory)).Organizations;

        Assert.NotEqual(now.Graph.EdgeCount, then.Graph.EdgeCount);
        Assert.Equal(then.Graph.NodeIds.Order(StringComparer.Ordinal), file.Nodes.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(ExpectedEdges(then), file.Edges.Order());
    }

    [Fact]
    public async Task Export_PeopleAsDashboard_IsForbiddenAndSaysWhy()
    {
        var dashboard = factory.CreateKey(Roles.Dashboard, "Export dashboard (people)");

        using var response = await GetAsAsync(dashboard, "/export/graph.graphml?projection=PEOPLE");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("dashboard role may see no person", await DetailAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_WithoutCredentials_IsUnauthorized()
    {
        using var response = await factory.CreateAnonymousClient().GetAsync("/export/graph.gexf");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Send an API key", await DetailAsync(response), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("projection=EVERYTHING", "projection: 'EVERYTHING' is not one of FULL, ORGANIZATIONS, PEOPLE.")]
    [InlineData("asOf=2024-02-30", "asOf: '2024-02-30' is not a calendar date written YYYY-MM-DD.")]
    [InlineData("measures=DEGREE,FAME", "measures: 'FAME' is not a centrality measure; offered are DEGREE, WEIGHTED_DEGREE, PAGE_RANK, EIGENVECTOR.")]
    [InlineData("measures=BETWEENNESS", "measures: BETWEENNESS is not offered in exported files")]
    [InlineData("depth=2", "'depth' is not a parameter of this export; it takes projection, asOf and measures.")]
    [InlineData("projection=FULL&projection=PEOPLE", "projection: give it once.")]
    public async Task Export_BadQuery_IsABadRequestNamingTheParameter(string query, string expected)
    {
        using var response = await factory.CreateClient().GetAsync($"/export/graph.graphml?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith(expected, await DetailAsync(response), StringComparison.Ordinal);
    }

    /// <summary>No export works past the request deadline: a service whose deadline is one millisecond answers 503 and says why.</summary>
    [Theory]
    [InlineData("/export/graph.graphml?projection=FULL&measures=PAGE_RANK")]
    [InlineData("/export/centrality.csv?projection=FULL")]
    public async Task Export_PastTheExecutionTimeout_IsUnavailableAndSaysWhy(string path)
    {
        using var host = new ConfiguredApiFactory(new Dictionary<string, string?> { ["Limits:ExecutionTimeout"] = "00:00:00.001" });

        using var response = await host.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("The export did not finish within 0.001 s (Limits:ExecutionTimeout); try again, or ask for less.", await DetailAsync(response));
    }

    /// <summary>NetworkX reads the GraphML file into the projection's graph: the same nodes, edges, weights and attributes.</summary>
    [NetworkXFact("graphml")]
    public Task Export_GraphMLReadBackByNetworkX_GivesTheProjectionsGraph() => ReadBackByNetworkXAsync("graphml");

    /// <summary>NetworkX reads the GEXF 1.3 file into the projection's graph: the same nodes, edges, weights and attributes.</summary>
    [NetworkXFact("gexf")]
    public Task Export_GexfReadBackByNetworkX_GivesTheProjectionsGraph() => ReadBackByNetworkXAsync("gexf");

    private async Task ReadBackByNetworkXAsync(string format)
    {
        var folder = Directory.CreateTempSubdirectory("cig-graph-files-");
        try
        {
            var path = Path.Combine(folder.FullName, $"network.{format}");
            using (var response = await factory.CreateClient().GetAsync($"/export/graph.{format}?projection=FULL&measures=EIGENVECTOR"))
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
            }

            var graph = ReadWithNetworkX(format, path);
            var projection = (await LibraryReference.ProjectionsAsync(factory)).Full;
            var eigenvector = CentralityCalculator.Compute(projection.Graph, CentralityMeasure.Eigenvector, CentralityOptions.Default);

            Assert.False(graph.GetProperty("directed").GetBoolean());
            var nodes = graph.GetProperty("nodes");
            Assert.Equal(projection.Graph.NodeIds.Order(StringComparer.Ordinal), nodes.EnumerateObject().Select(n => n.Name).Order(StringComparer.Ordinal));
            for (var i = 0; i < projection.Graph.NodeCount; i++)
            {
                var node = nodes.GetProperty(projection.Graph.NodeIds[i]);
                Assert.Equal(projection.NodeNames[i], node.GetProperty("label").GetString());
                Assert.Equal(projection.NodeKinds[i].ToString().ToLowerInvariant(), node.GetProperty("kind").GetString());
                Assert.Equal(eigenvector.Values[i], node.GetProperty("eigenvector").GetDouble(), 12);
            }

            var edges = graph.GetProperty("edges").EnumerateArray()
                .Select(e => Ordered(e[0].GetString()!, e[1].GetString()!, e[2].GetDouble())).Order();
            Assert.Equal(ExpectedEdges(projection), edges);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private Task<HttpResponseMessage> GetAsAsync(string key, string path)
    {
        var client = factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client.GetAsync(path);
    }

    private static async Task<string> DetailAsync(HttpResponseMessage response)
    {
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return problem.RootElement.GetProperty("detail").GetString()!;
    }

    /// <summary>Each edge once, its ends in id order, with its weight; sorted.</summary>
    private static List<(string Source, string Target, double Weight)> ExpectedEdges(NetworkProjection projection) =>
        [.. projection.Graph.Edges.Select(e => Ordered(projection.Graph.NodeIds[e.U], projection.Graph.NodeIds[e.V], e.Weight)).Order()];

    private static (string Source, string Target, double Weight) Ordered(string a, string b, double weight) =>
        string.CompareOrdinal(a, b) <= 0 ? (a, b, weight) : (b, a, weight);

    /// <summary>The nodes (id → attribute name → text, "label" included) and edges of a GraphML or GEXF file.</summary>
    private static async Task<(Dictionary<string, Dictionary<string, string>> Nodes, List<(string Source, string Target, double Weight)> Edges)> GraphFileAsync(
        HttpResponseMessage response, string format)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = XDocument.Load(await response.Content.ReadAsStreamAsync());
        var root = document.Root!;
        var ns = root.Name.Namespace;
        var nodes = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        var edges = new List<(string, string, double)>();
        if (format == "graphml")
        {
            Assert.Equal("http://graphml.graphdrawing.org/xmlns", ns.NamespaceName);
            var graph = root.Element(ns + "graph")!;
            Assert.Equal("undirected", (string?)graph.Attribute("edgedefault"));
            foreach (var node in graph.Elements(ns + "node"))
            {
                nodes.Add((string)node.Attribute("id")!, node.Elements(ns + "data").ToDictionary(d => (string)d.Attribute("key")!, d => d.Value));
            }

            foreach (var edge in graph.Elements(ns + "edge"))
            {
                var weight = edge.Elements(ns + "data").Single(d => (string?)d.Attribute("key") == "weight").Value;
                edges.Add(Ordered((string)edge.Attribute("source")!, (string)edge.Attribute("target")!, double.Parse(weight, CultureInfo.InvariantCulture)));
            }
        }
        else
        {
            Assert.Equal("http://gexf.net/1.3", ns.NamespaceName);
            Assert.Equal("1.3", (string?)root.Attribute("version"));
            var graph = root.Element(ns + "graph")!;
            Assert.Equal("undirected", (string?)graph.Attribute("defaultedgetype"));
            var titles = graph.Elements(ns + "attributes").Single(a => (string?)a.Attribute("class") == "node")
                .Elements(ns + "attribute").ToDictionary(a => (string)a.Attribute("id")!, a => (string)a.Attribute("title")!);
            foreach (var node in graph.Element(ns + "nodes")!.Elements(ns + "node"))
            {
                var values = node.Element(ns + "attvalues")!.Elements(ns + "attvalue")
                    .ToDictionary(v => titles[(string)v.Attribute("for")!], v => (string)v.Attribute("value")!);
                values["label"] = (string)node.Attribute("label")!;
                nodes.Add((string)node.Attribute("id")!, values);
            }

            foreach (var edge in graph.Element(ns + "edges")!.Elements(ns + "edge"))
            {
                edges.Add(Ordered((string)edge.Attribute("source")!, (string)edge.Attribute("target")!, double.Parse((string)edge.Attribute("weight")!, CultureInfo.InvariantCulture)));
            }
        }

        edges.Sort();
        return (nodes, edges);
    }

    /// <summary>A file read by NetworkX, as JSON: directed, nodes (id → attributes) and edges ([u, v, weight]).</summary>
    private static JsonElement ReadWithNetworkX(string format, string path)
    {
        const string script = """
            import json, sys
            import networkx as nx
            read = nx.read_graphml if sys.argv[1] == "graphml" else nx.read_gexf
            g = read(sys.argv[2])
            edges = [[u, v, float(data["weight"])] for u, v, data in g.edges(data=True)]
            print(json.dumps({"directed": g.is_directed(), "nodes": {n: d for n, d in g.nodes(data=True)}, "edges": edges}))
            """;
        using var process = Process.Start(new ProcessStartInfo(NetworkXFactAttribute.Python(format), ["-c", script, format, path])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = process.StandardOutput.ReadToEnd();
        var errors = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(120_000), "NetworkX did not finish reading the file in two minutes.");
        Assert.True(process.ExitCode == 0, $"NetworkX could not read the {format} file: {errors}");
        return JsonDocument.Parse(output).RootElement.Clone();
    }
}
