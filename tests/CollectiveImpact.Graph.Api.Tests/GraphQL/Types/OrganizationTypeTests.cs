using CollectiveImpact.Graph.Api.Tests.Infrastructure;

namespace CollectiveImpact.Graph.Api.Tests.GraphQL.Types;

/// <summary>An organization's relations, checked against the sample file (<see cref="SampleDocument"/>).</summary>
public sealed class OrganizationTypeTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly GraphQLClient client = factory.GraphQL();

    [Fact]
    public async Task Relations_Backbone_MatchTheSample()
    {
        var id = SampleDocument.Initiative.Text("backbone");
        var organization = SampleDocument.Organizations.Single(o => o.Text("id") == id);

        var data = await client.DataAsync("""
            query($id: ID!) { node(id: $id) { ... on Organization {
              sector communityLed
              goals(first: 100) { totalCount edges { node { id } } }
              people(first: 100) { totalCount edges { node { id } } }
              activities(first: 100) { totalCount edges { node { id } } }
              ties(first: 100) { totalCount }
            } } }
            """, new { id });

        var node = data.GetProperty("node");
        Assert.Equal(organization.Text("sector"), node.GetProperty("sector").GetString());
        Assert.Equal(organization.Flag("communityLed"), node.GetProperty("communityLed").GetBoolean());
        Assert.Equal(organization.Strings("goals").Order(StringComparer.Ordinal), node.GetProperty("goals").NodeIds());
        Assert.Equal(SampleDocument.People.Where(p => p.Text("organization") == id).Ids(), node.GetProperty("people").NodeIds());
        Assert.Equal(
            SampleDocument.Activities.Where(a => a.Text("lead") == id || a.Strings("partners").Contains(id)).Ids(),
            node.GetProperty("activities").NodeIds());
        Assert.Equal(SampleDocument.Ties.Count(t => t.Text("from") == id || t.Text("to") == id), node.Path("ties.totalCount").GetInt32());
    }

    [Fact]
    public async Task Ties_FilteredByType_CountOnlyThatType()
    {
        var id = SampleDocument.Ties.First(t => t.Text("type") == "FUNDS").Text("from");

        var data = await client.DataAsync("""
            query($id: ID!) { node(id: $id) { ... on Organization { ties(type: [FUNDS, REFERS], first: 100) { totalCount edges { node { type } } } } } }
            """, new { id });

        var expected = SampleDocument.Ties.Count(t => (t.Text("from") == id || t.Text("to") == id) && t.Text("type") is "FUNDS" or "REFERS");
        Assert.Equal(expected, data.Path("node.ties.totalCount").GetInt32());
        Assert.All(data.Path("node.ties.edges").EnumerateArray(), e => Assert.Contains(e.Path("node.type").GetString(), new[] { "FUNDS", "REFERS" }));
    }

    [Fact]
    public async Task People_NestedPages_WalkEveryMemberOnce()
    {
        var id = SampleDocument.Initiative.Text("backbone");
        var expected = SampleDocument.People.Where(p => p.Text("organization") == id).Ids();
        var seen = new List<string>();
        string? after = null;

        for (var page = 0; page < 20; page++)
        {
            var data = await client.DataAsync("""
                query($id: ID!, $after: String) { node(id: $id) { ... on Organization { people(first: 3, after: $after) {
                  totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } } } }
                """, new { id, after });
            var people = data.Path("node.people");
            Assert.Equal(expected.Count, people.GetProperty("totalCount").GetInt32());
            seen.AddRange(people.NodeIds());
            if (!people.Path("pageInfo.hasNextPage").GetBoolean())
            {
                break;
            }

            after = people.Path("pageInfo.endCursor").GetString();
        }

        Assert.Equal(expected, seen);
    }
}
