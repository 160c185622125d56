using System.Text.Json;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;

namespace CollectiveImpact.Graph.Api.Tests.GraphQL;

/// <summary>
/// Every top-level query and filter against the sample loaded on start. Expected values are computed from the
/// sample file (samples/riverbend-thrives.network.json) read as plain JSON by <see cref="SampleDocument"/>.
/// </summary>
public sealed class QueryTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly GraphQLClient client = factory.GraphQL();

    [Fact]
    public async Task Initiative_Sample_ReturnsItWithItsBackbone()
    {
        var data = await client.DataAsync("{ initiative { id name kind description backbone { id name } } }");

        var initiative = data.GetProperty("initiative");
        Assert.Equal(SampleDocument.Initiative.Text("id"), initiative.Path("id").GetString());
        Assert.Equal(SampleDocument.Initiative.Text("name"), initiative.Path("name").GetString());
        Assert.Equal(SampleDocument.Initiative.Text("description"), initiative.Path("description").GetString());
        Assert.Equal("INITIATIVE", initiative.Path("kind").GetString());
        var backbone = SampleDocument.Initiative.Text("backbone");
        Assert.Equal(backbone, initiative.Path("backbone.id").GetString());
        Assert.Equal(SampleDocument.Organizations.Single(o => o.Text("id") == backbone).Text("name"), initiative.Path("backbone.name").GetString());
    }

    [Fact]
    public async Task NetworkVersion_AfterSampleLoad_IsOne()
    {
        var data = await client.DataAsync("{ networkVersion }");

        Assert.Equal(1, data.GetProperty("networkVersion").GetInt64());
    }

    [Fact]
    public async Task Goals_All_AreTheSampleGoalsInIdOrder()
    {
        var data = await client.DataAsync("{ goals(first: 100) { totalCount edges { node { id name description } } } }");

        Assert.Equal(SampleDocument.Goals.Ids(), data.Path("goals").NodeIds());
        Assert.Equal(SampleDocument.Goals.Count, data.Path("goals.totalCount").GetInt32());
        var first = SampleDocument.Goals.OrderBy(g => g.Text("id"), StringComparer.Ordinal).First();
        Assert.Equal(first.Text("name"), data.Path("goals.edges.0.node.name").GetString());
    }

    [Fact]
    public async Task Goals_Search_MatchesNamesCaseInsensitively()
    {
        var word = SampleDocument.Goals[0].Text("name").Split(' ')[^1].ToUpperInvariant();

        var data = await client.DataAsync("query($s: String) { goals(search: $s, first: 100) { totalCount edges { node { id } } } }", new { s = word });

        var expected = SampleDocument.Goals.Where(g => g.Text("name").Contains(word, StringComparison.OrdinalIgnoreCase)).Ids();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, data.Path("goals").NodeIds());
        Assert.Equal(expected.Count, data.Path("goals.totalCount").GetInt32());
    }

    [Fact]
    public async Task Indicators_ByGoal_AreThoseMeasuringIt()
    {
        var goal = SampleDocument.Goals[1].Text("id");

        var data = await client.DataAsync("query($g: [ID!]) { indicators(goal: $g, first: 100) { totalCount edges { node { id goal { id } } } } }", new { g = new[] { goal } });

        var expected = SampleDocument.Indicators.Where(i => i.Text("goal") == goal).Ids();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, data.Path("indicators").NodeIds());
        Assert.All(data.Path("indicators.edges").EnumerateArray(), e => Assert.Equal(goal, e.Path("node.goal.id").GetString()));
    }

    [Fact]
    public async Task Indicators_All_CountMatchesSample()
    {
        var data = await client.DataAsync("{ indicators { totalCount } }");

        Assert.Equal(SampleDocument.Indicators.Count, data.Path("indicators.totalCount").GetInt32());
    }

    [Theory]
    [InlineData("EDUCATION")]
    [InlineData("COMMUNITY")]
    [InlineData("PHILANTHROPY")]
    public async Task Organizations_BySector_AreThoseInTheSector(string sector)
    {
        var data = await client.DataAsync($"{{ organizations(sector: {sector}, first: 100) {{ totalCount edges {{ node {{ id sector }} }} }} }}");

        var expected = SampleDocument.Organizations.Where(o => o.Text("sector") == sector).Ids();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, data.Path("organizations").NodeIds());
        Assert.Equal(expected.Count, data.Path("organizations.totalCount").GetInt32());
    }

    [Fact]
    public async Task Organizations_BySeveralSectors_AreThoseInAny()
    {
        var data = await client.DataAsync("{ organizations(sector: [HEALTH, FAITH], first: 100) { edges { node { id } } } }");

        var expected = SampleDocument.Organizations.Where(o => o.Text("sector") is "HEALTH" or "FAITH").Ids();
        Assert.Equal(expected, data.Path("organizations").NodeIds());
    }

    [Fact]
    public async Task Organizations_ByGoal_AreThoseCommittedToIt()
    {
        var goal = SampleDocument.Goals[2].Text("id");

        var data = await client.DataAsync("query($g: [ID!]) { organizations(goal: $g, first: 100) { edges { node { id } } } }", new { g = goal });

        var expected = SampleDocument.Organizations.Where(o => o.Strings("goals").Contains(goal)).Ids();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, data.Path("organizations").NodeIds());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Organizations_ByCommunityLed_AreThoseWithThatFlag(bool communityLed)
    {
        var data = await client.DataAsync("query($c: Boolean) { organizations(communityLed: $c, first: 100) { edges { node { id communityLed } } } }", new { c = communityLed });

        var expected = SampleDocument.Organizations.Where(o => o.Flag("communityLed") == communityLed).Ids();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, data.Path("organizations").NodeIds());
    }

    [Fact]
    public async Task Organizations_SearchAndSector_MustBothHold()
    {
        const string word = "riverbend";

        var data = await client.DataAsync("{ organizations(search: \"Riverbend\", sector: [NONPROFIT, HEALTH], first: 100) { edges { node { id } } } }");

        var expected = SampleDocument.Organizations
            .Where(o => o.Text("name").Contains(word, StringComparison.OrdinalIgnoreCase) && o.Text("sector") is "NONPROFIT" or "HEALTH")
            .Ids();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, data.Path("organizations").NodeIds());
    }

    [Fact]
    public async Task People_ByOrganization_AreItsMembers()
    {
        var organization = SampleDocument.Initiative.Text("backbone");

        var data = await client.DataAsync("query($o: [ID!]) { people(organization: $o, first: 100) { totalCount edges { node { id organization { id } } } } }", new { o = organization });

        var expected = SampleDocument.People.Where(p => p.Text("organization") == organization).Ids();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, data.Path("people").NodeIds());
    }

    [Fact]
    public async Task People_Search_MatchesNames()
    {
        var surname = SampleDocument.People[5].Text("name").Split(' ')[^1];

        var data = await client.DataAsync("query($s: String) { people(search: $s, first: 100) { totalCount edges { node { id } } } }", new { s = surname.ToLowerInvariant() });

        var expected = SampleDocument.People.Where(p => p.Text("name").Contains(surname, StringComparison.OrdinalIgnoreCase)).Ids();
        Assert.Equal(expected.Take(100), data.Path("people").NodeIds());
        Assert.Equal(expected.Count, data.Path("people.totalCount").GetInt32());
    }

    [Fact]
    public async Task People_All_TotalCountMatchesSample()
    {
        var data = await client.DataAsync("{ people { totalCount } }");

        Assert.Equal(SampleDocument.People.Count, data.Path("people.totalCount").GetInt32());
    }

    [Fact]
    public async Task Activities_ByGoal_AreThoseMovingAnIndicatorOfIt()
    {
        var goal = SampleDocument.Goals[0].Text("id");
        var indicators = SampleDocument.Indicators.Where(i => i.Text("goal") == goal).Select(i => i.Text("id")).ToHashSet();

        var data = await client.DataAsync("query($g: [ID!]) { activities(goal: $g, first: 100) { totalCount edges { node { id } } } }", new { g = goal });

        var expected = SampleDocument.Activities.Where(a => a.Strings("indicators").Any(indicators.Contains)).Ids();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, data.Path("activities").NodeIds());
    }

    [Fact]
    public async Task Activities_ByIndicator_AreThoseMovingIt()
    {
        var indicator = SampleDocument.Indicators[3].Text("id");

        var data = await client.DataAsync("query($i: [ID!]) { activities(indicator: $i, first: 100) { edges { node { id } } } }", new { i = indicator });

        var expected = SampleDocument.Activities.Where(a => a.Strings("indicators").Contains(indicator)).Ids();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, data.Path("activities").NodeIds());
    }

    [Theory]
    [InlineData("ACTIVE")]
    [InlineData("COMPLETED")]
    [InlineData("PLANNED")]
    public async Task Activities_ByStatus_AreThoseWithIt(string status)
    {
        var data = await client.DataAsync($"{{ activities(status: {status}, first: 100) {{ totalCount edges {{ node {{ id status }} }} }} }}");

        var expected = SampleDocument.Activities.Where(a => a.Text("status") == status).Ids();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, data.Path("activities").NodeIds());
    }

    [Fact]
    public async Task Activities_ByOrganization_AreThoseItLeadsOrPartnersOn()
    {
        var organization = SampleDocument.Organizations[4].Text("id");

        var data = await client.DataAsync("query($o: [ID!]) { activities(organization: $o, first: 100) { edges { node { id } } } }", new { o = organization });

        var expected = SampleDocument.Activities
            .Where(a => a.Text("lead") == organization || a.Strings("partners").Contains(organization)).Ids();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, data.Path("activities").NodeIds());
    }

    [Fact]
    public async Task Activities_StatusAndOrganization_MustBothHold()
    {
        var organization = SampleDocument.Initiative.Text("backbone");

        var data = await client.DataAsync("query($o: [ID!]) { activities(organization: $o, status: ACTIVE, first: 100) { edges { node { id } } } }", new { o = organization });

        var expected = SampleDocument.Activities
            .Where(a => a.Text("status") == "ACTIVE" && (a.Text("lead") == organization || a.Strings("partners").Contains(organization))).Ids();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, data.Path("activities").NodeIds());
    }

    [Theory]
    [InlineData("COLLABORATES")]
    [InlineData("FUNDS")]
    [InlineData("FEEDS_INTO")]
    [InlineData("SHARES_DATA")]
    public async Task Ties_ByType_CountMatchesSample(string type)
    {
        var data = await client.DataAsync($"{{ ties(type: {type}) {{ totalCount edges {{ node {{ type }} }} }} }}");

        Assert.Equal(SampleDocument.Ties.Count(t => t.Text("type") == type), data.Path("ties.totalCount").GetInt32());
        Assert.All(data.Path("ties.edges").EnumerateArray(), e => Assert.Equal(type, e.Path("node.type").GetString()));
    }

    [Fact]
    public async Task Ties_ByNode_AreThoseTouchingItAtEitherEnd()
    {
        var node = SampleDocument.Initiative.Text("backbone");

        var data = await client.DataAsync("query($n: [ID!]) { ties(node: $n, first: 100) { totalCount edges { node { type from { id } to { id } } } } }", new { n = node });

        var expected = SampleDocument.Ties.Where(t => t.Text("from") == node || t.Text("to") == node).Select(TieKey).Order().ToList();
        Assert.NotEmpty(expected);
        var actual = data.Path("ties.edges").EnumerateArray()
            .Select(e => TieKey(e.GetProperty("node").Path("type").GetString()!, e.Path("node.from.id").GetString()!, e.Path("node.to.id").GetString()!))
            .Order().ToList();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Ties_All_TotalCountMatchesSample()
    {
        var data = await client.DataAsync("{ ties { totalCount } }");

        Assert.Equal(SampleDocument.Ties.Count, data.Path("ties.totalCount").GetInt32());
    }

    public static TheoryData<string, string> OneNodeOfEachKind() => new()
    {
        { "INITIATIVE", SampleDocument.Initiative.Text("id") },
        { "GOAL", SampleDocument.Goals[0].Text("id") },
        { "INDICATOR", SampleDocument.Indicators[0].Text("id") },
        { "ORGANIZATION", SampleDocument.Organizations[0].Text("id") },
        { "PERSON", SampleDocument.People[0].Text("id") },
        { "ACTIVITY", SampleDocument.Activities[0].Text("id") },
    };

    [Theory]
    [MemberData(nameof(OneNodeOfEachKind))]
    public async Task Node_EachKind_ResolvesToItsConcreteType(string kind, string id)
    {
        var data = await client.DataAsync("query($id: ID!) { node(id: $id) { __typename id kind name } }", new { id });

        Assert.Equal(id, data.Path("node.id").GetString());
        Assert.Equal(kind, data.Path("node.kind").GetString());
        Assert.Equal(kind, data.Path("node.__typename").GetString()!.ToUpperInvariant());
    }

    [Fact]
    public async Task Node_UnknownId_IsNull()
    {
        var data = await client.DataAsync("{ node(id: \"no-such-node\") { id } }");

        Assert.Equal(JsonValueKind.Null, data.GetProperty("node").ValueKind);
    }

    [Fact]
    public async Task Nodes_MixedIds_ComeBackInTheOrderAskedWithNullForUnknown()
    {
        var ids = new[] { SampleDocument.People[3].Text("id"), "missing", SampleDocument.Goals[0].Text("id") };

        var data = await client.DataAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id kind } }", new { ids });

        var nodes = data.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(ids[0], nodes[0].GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, nodes[1].ValueKind);
        Assert.Equal("GOAL", nodes[2].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task ExportNetwork_Sample_HoldsEveryEntryAtTheCurrentVersion()
    {
        var data = await client.DataAsync("{ networkVersion exportNetwork { version document } }");

        var document = data.Path("exportNetwork.document");
        Assert.Equal(data.GetProperty("networkVersion").GetInt64(), data.Path("exportNetwork.version").GetInt64());
        Assert.Equal("collective-impact-network/1", document.GetProperty("format").GetString());
        Assert.Equal(SampleDocument.Organizations.Ids(), document.GetProperty("organizations").EnumerateArray().Ids());
        Assert.Equal(SampleDocument.People.Ids(), document.GetProperty("people").EnumerateArray().Ids());
        Assert.Equal(SampleDocument.Activities.Ids(), document.GetProperty("activities").EnumerateArray().Ids());
        Assert.Equal(SampleDocument.Measurements.Count, document.GetProperty("measurements").GetArrayLength());
        Assert.Equal(SampleDocument.Ties.Count, document.GetProperty("ties").GetArrayLength());
    }

    private static string TieKey(JsonElement tie) => TieKey(tie.Text("type"), tie.Text("from"), tie.Text("to"));

    /// <summary>COLLABORATES and COMMUNICATES are undirected: their ends are compared as a set.</summary>
    private static string TieKey(string type, string from, string to) =>
        type is "COLLABORATES" or "COMMUNICATES" && string.CompareOrdinal(from, to) > 0 ? $"{type} {to} {from}" : $"{type} {from} {to}";
}
