using System.Text.Json;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;

namespace CollectiveImpact.Graph.Api.Tests.Services;

/// <summary>
/// neighborhood and shortestPath through the API on the sample. Expected distances come from a breadth-first
/// search over the FULL projection rebuilt here from the sample file by the rules of network-format.md (every tie;
/// person–organization; activity–lead and –partner; activity–indicator; indicator–goal; organization–goal), as of
/// today (the map's default date).
/// </summary>
public sealed class NetworkMapServiceTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly Lazy<Dictionary<string, HashSet<string>>> FullProjection = new(BuildFullProjection);

    private readonly GraphQLClient client = factory.GraphQL();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task Neighborhood_Backbone_HasEveryNodeWithinDepthAtItsDistance(int depth)
    {
        var center = SampleDocument.Initiative.Text("backbone");

        var data = await client.DataAsync("""
            query($id: ID!, $depth: Int!) { neighborhood(id: $id, depth: $depth) { depth truncated center { id }
              nodes { distance node { id } } edges { source target weight relations } } }
            """, new { id = center, depth });

        var expected = Distances(center).Where(d => d.Value <= depth).ToDictionary();
        var hood = data.GetProperty("neighborhood");
        var actual = hood.GetProperty("nodes").EnumerateArray().ToDictionary(n => n.Path("node.id").GetString()!, n => n.GetProperty("distance").GetInt32());
        Assert.False(hood.GetProperty("truncated").GetBoolean());
        Assert.Equal(center, hood.Path("center.id").GetString());
        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), actual.OrderBy(p => p.Key, StringComparer.Ordinal));
        var edges = hood.GetProperty("edges").EnumerateArray().ToList();
        Assert.All(edges, e =>
        {
            Assert.Contains(e.GetProperty("source").GetString()!, actual.Keys);
            Assert.Contains(e.GetProperty("target").GetString()!, actual.Keys);
            Assert.Contains(e.GetProperty("target").GetString()!, FullProjection.Value[e.GetProperty("source").GetString()!]);
            Assert.NotEqual(0, e.GetProperty("relations").GetArrayLength());
        });
        var inducedEdges = actual.Keys.Sum(n => FullProjection.Value[n].Count(actual.ContainsKey)) / 2;
        Assert.Equal(inducedEdges, edges.Count);
    }

    [Fact]
    public async Task Neighborhood_PersonAndOrganization_EdgeSaysMemberOf()
    {
        var person = SampleDocument.People[0];

        var data = await client.DataAsync("query($id: ID!) { neighborhood(id: $id) { edges { source target relations } } }", new { id = person.Text("id") });

        var ends = new[] { person.Text("id"), person.Text("organization") }.Order(StringComparer.Ordinal);
        var edge = data.Path("neighborhood.edges").EnumerateArray().Single(e =>
            new[] { e.GetProperty("source").GetString()!, e.GetProperty("target").GetString()! }.Order(StringComparer.Ordinal).SequenceEqual(ends));
        Assert.Contains("MEMBER_OF", edge.GetProperty("relations").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Neighborhood_DepthZero_IsTheCenterAlone()
    {
        var data = await client.DataAsync("query($id: ID!) { neighborhood(id: $id, depth: 0) { nodes { distance } edges { source } } }", new { id = SampleDocument.Goals[0].Text("id") });

        Assert.Equal(1, data.Path("neighborhood.nodes").GetArrayLength());
        Assert.Equal(0, data.Path("neighborhood.edges").GetArrayLength());
    }

    [Fact]
    public async Task Neighborhood_Limit_KeepsTheNearestAndSaysTruncated()
    {
        var center = SampleDocument.Initiative.Text("backbone");

        var data = await client.DataAsync("query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 5) { truncated nodes { distance node { id } } } }", new { id = center });

        var nodes = data.Path("neighborhood.nodes").EnumerateArray().ToList();
        Assert.True(data.Path("neighborhood.truncated").GetBoolean());
        Assert.Equal(5, nodes.Count);
        Assert.Equal(center, nodes[0].Path("node.id").GetString());
        Assert.All(nodes.Skip(1), n => Assert.Equal(1, n.GetProperty("distance").GetInt32()));
    }

    [Theory]
    [InlineData("{ neighborhood(id: \"o-backbone\", depth: 9) { depth } }", "INVALID_ARGUMENT")]
    [InlineData("{ neighborhood(id: \"o-backbone\", limit: 0) { depth } }", "INVALID_ARGUMENT")]
    [InlineData("{ neighborhood(id: \"no-such-node\") { depth } }", "NOT_FOUND")]
    [InlineData("{ shortestPath(from: \"no-such-node\", to: \"o-backbone\") { length } }", "NOT_FOUND")]
    public async Task BadArguments_FailWithAClearCode(string query, string code)
    {
        var response = await client.PostAsync(query);

        Assert.Equal([code], response.ErrorCodes);
    }

    [Fact]
    public async Task Neighborhood_OfTheInitiative_IsNotFoundBecauseItIsNotInTheMap()
    {
        var response = await client.PostAsync("query($id: ID!) { neighborhood(id: $id) { depth } }", new { id = SampleDocument.Initiative.Text("id") });

        Assert.Equal(["NOT_FOUND"], response.ErrorCodes);
    }

    public static TheoryData<string, string> Pairs() => new()
    {
        { SampleDocument.People[0].Text("id"), SampleDocument.People[^1].Text("id") },
        { SampleDocument.Goals[0].Text("id"), SampleDocument.Goals[1].Text("id") },
        { SampleDocument.Activities[5].Text("id"), SampleDocument.People[150].Text("id") },
        { SampleDocument.Indicators[2].Text("id"), SampleDocument.Organizations[40].Text("id") },
        { SampleDocument.People[7].Text("id"), SampleDocument.People[7].Text("id") },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public async Task ShortestPath_SamplePairs_HasTheBfsLengthAndFollowsEdges(string from, string to)
    {
        var data = await client.DataAsync("query($f: ID!, $t: ID!) { shortestPath(from: $f, to: $t) { length nodes { id } } }", new { f = from, t = to });

        var path = data.GetProperty("shortestPath");
        Assert.Equal(JsonValueKind.Object, path.ValueKind);
        var nodes = path.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToList();
        Assert.Equal(Distances(from)[to], path.GetProperty("length").GetInt32());
        Assert.Equal(nodes.Count - 1, path.GetProperty("length").GetInt32());
        Assert.Equal(from, nodes[0]);
        Assert.Equal(to, nodes[^1]);
        Assert.All(nodes.Zip(nodes.Skip(1)), step => Assert.Contains(step.Second, FullProjection.Value[step.First]));
    }

    [Fact]
    public async Task ShortestPath_ToTheSamplesUnmeasuredUncommittedGoal_IsNull()
    {
        // samples/README.md: g-safe-connected-neighbourhoods has no indicator and no commitment, so nothing joins it.
        var island = SampleDocument.Goals.Single(g => SampleDocument.Indicators.All(i => i.Text("goal") != g.Text("id"))
            && SampleDocument.Organizations.All(o => !o.Strings("goals").Contains(g.Text("id")))).Text("id");

        var data = await client.DataAsync("query($f: ID!, $t: ID!) { shortestPath(from: $f, to: $t) { length } }", new { f = SampleDocument.Goals[0].Text("id"), t = island });

        Assert.False(Distances(SampleDocument.Goals[0].Text("id")).ContainsKey(island));
        Assert.Equal(JsonValueKind.Null, data.GetProperty("shortestPath").ValueKind);
    }

    [Fact]
    public async Task ShortestPath_ToANodeAddedSinceTheLastQuery_SeesTheNewVersionAndReportsNoPath()
    {
        var from = SampleDocument.Goals[0].Text("id");
        await client.DataAsync("query($f: ID!) { shortestPath(from: $f, to: $f) { length } }", new { f = from });
        await client.DataAsync("mutation { createGoal(input: { id: \"g-island\", name: \"Nobody measures or commits to this\" }) { version } }");

        var data = await client.DataAsync("query($f: ID!) { shortestPath(from: $f, to: \"g-island\") { length } neighborhood(id: \"g-island\") { nodes { distance } } }", new { f = from });

        Assert.Equal(JsonValueKind.Null, data.GetProperty("shortestPath").ValueKind);
        Assert.Equal(1, data.Path("neighborhood.nodes").GetArrayLength());
    }

    private static Dictionary<string, int> Distances(string from)
    {
        var distances = new Dictionary<string, int> { [from] = 0 };
        var queue = new Queue<string>([from]);
        while (queue.TryDequeue(out var node))
        {
            foreach (var next in FullProjection.Value[node].Where(n => !distances.ContainsKey(n)))
            {
                distances[next] = distances[node] + 1;
                queue.Enqueue(next);
            }
        }

        return distances;
    }

    private static Dictionary<string, HashSet<string>> BuildFullProjection()
    {
        // As of today, as the map reads it by default (network-format.md, Time): the sample's organizations and people
        // have no dates; an activity counts within [start, end], a tie within [since, until] and only between nodes
        // that count. ISO dates compare as text.
        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        bool Counts(JsonElement entry, string from, string to) =>
            string.CompareOrdinal(entry.Text(from), today) <= 0 && (entry.Text(to) is not { Length: > 0 } end || string.CompareOrdinal(today, end) <= 0);
        var activities = SampleDocument.Activities.Where(a => Counts(a, "start", "end")).ToList();

        var adjacency = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var node in SampleDocument.Goals.Concat(SampleDocument.Indicators).Concat(SampleDocument.Organizations)
                     .Concat(SampleDocument.People).Concat(activities))
        {
            adjacency[node.Text("id")] = [];
        }

        void Join(string a, string b)
        {
            if (a.Length > 0 && b.Length > 0 && a != b && adjacency.ContainsKey(a) && adjacency.ContainsKey(b))
            {
                adjacency[a].Add(b);
                adjacency[b].Add(a);
            }
        }

        foreach (var tie in SampleDocument.Ties.Where(t => Counts(t, "since", "until")))
        {
            Join(tie.Text("from"), tie.Text("to"));
        }

        foreach (var person in SampleDocument.People)
        {
            Join(person.Text("id"), person.Text("organization"));
        }

        foreach (var activity in activities)
        {
            Join(activity.Text("id"), activity.Text("lead"));
            foreach (var other in activity.Strings("partners").Concat(activity.Strings("indicators")))
            {
                Join(activity.Text("id"), other);
            }
        }

        foreach (var indicator in SampleDocument.Indicators)
        {
            Join(indicator.Text("id"), indicator.Text("goal"));
        }

        foreach (var organization in SampleDocument.Organizations)
        {
            foreach (var goal in organization.Strings("goals"))
            {
                Join(organization.Text("id"), goal);
            }
        }

        return adjacency;
    }
}
