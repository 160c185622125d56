using CollectiveImpact.Graph.Api.Tests.Infrastructure;

namespace CollectiveImpact.Graph.Api.Tests.GraphQL.Types;

/// <summary>An activity's relations, checked against the sample file (<see cref="SampleDocument"/>).</summary>
public sealed class ActivityTypeTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly GraphQLClient client = factory.GraphQL();

    [Fact]
    public async Task Relations_FirstSampleActivity_MatchTheSample()
    {
        var activity = SampleDocument.Activities[0];

        var data = await client.DataAsync("""
            query($id: ID!) { node(id: $id) { ... on Activity {
              status start end populations places
              lead { id }
              partners(first: 100) { totalCount edges { node { id } } }
              indicators(first: 100) { totalCount edges { node { id } } }
            } } }
            """, new { id = activity.Text("id") });

        var node = data.GetProperty("node");
        Assert.Equal(activity.Text("status"), node.GetProperty("status").GetString());
        Assert.Equal(activity.Text("start"), node.GetProperty("start").GetString());
        Assert.Equal(activity.Text("lead"), node.Path("lead.id").GetString());
        Assert.Equal(activity.Strings("partners").Order(StringComparer.Ordinal), node.GetProperty("partners").NodeIds());
        Assert.Equal(activity.Strings("partners").Count, node.Path("partners.totalCount").GetInt32());
        Assert.Equal(activity.Strings("indicators").Order(StringComparer.Ordinal), node.GetProperty("indicators").NodeIds());
        Assert.Equal(activity.Strings("populations"), node.GetProperty("populations").EnumerateArray().Select(p => p.GetString()!));
        Assert.Equal(activity.Strings("places"), node.GetProperty("places").EnumerateArray().Select(p => p.GetString()!));
    }

    [Fact]
    public async Task FeedsIntoAndFedBy_FollowFeedsIntoTiesBothWays()
    {
        var tie = SampleDocument.Ties.First(t => t.Text("type") == "FEEDS_INTO");
        var source = tie.Text("from");
        var target = tie.Text("to");

        var data = await client.DataAsync("""
            query($s: ID!, $t: ID!) {
              s: node(id: $s) { ... on Activity { feedsInto(first: 100) { edges { node { id } } } } }
              t: node(id: $t) { ... on Activity { fedBy(first: 100) { edges { node { id } } } } }
            }
            """, new { s = source, t = target });

        var feeds = SampleDocument.Ties.Where(t => t.Text("type") == "FEEDS_INTO" && t.Text("from") == source).Select(t => t.Text("to")).Order(StringComparer.Ordinal);
        var fedBy = SampleDocument.Ties.Where(t => t.Text("type") == "FEEDS_INTO" && t.Text("to") == target).Select(t => t.Text("from")).Order(StringComparer.Ordinal);
        Assert.Equal(feeds, data.Path("s.feedsInto").NodeIds());
        Assert.Equal(fedBy, data.Path("t.fedBy").NodeIds());
    }
}
