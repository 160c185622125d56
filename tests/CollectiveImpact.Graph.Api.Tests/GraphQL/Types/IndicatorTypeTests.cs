using System.Text.Json;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;

namespace CollectiveImpact.Graph.Api.Tests.GraphQL.Types;

/// <summary>
/// An indicator's relations and progress, checked against the sample file (<see cref="SampleDocument"/>); the
/// expected progress is (latest − baseline) / (target − baseline), computed here from the file's values.
/// </summary>
public sealed class IndicatorTypeTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly GraphQLClient client = factory.GraphQL();

    [Fact]
    public async Task Relations_EverySampleIndicator_MatchTheSample()
    {
        var data = await client.DataAsync("""
            { indicators(first: 100) { edges { node {
              id unit direction baseline { value date } target { value date }
              goal { id }
              measurements(first: 100) { totalCount edges { node { date value reportedBy { id } } } }
              activities(first: 100) { edges { node { id } } }
            } } } }
            """);

        foreach (var edge in data.Path("indicators.edges").EnumerateArray())
        {
            var node = edge.GetProperty("node");
            var id = node.GetProperty("id").GetString()!;
            var indicator = SampleDocument.Indicators.Single(i => i.Text("id") == id);
            Assert.Equal(indicator.Text("goal"), node.Path("goal.id").GetString());
            Assert.Equal(indicator.Text("direction"), node.GetProperty("direction").GetString());
            Assert.Equal(indicator.Path("baseline.value").GetDouble(), node.Path("baseline.value").GetDouble());
            var measurements = SampleDocument.Measurements.Where(m => m.Text("indicator") == id).OrderBy(m => m.Text("date"), StringComparer.Ordinal).ToList();
            Assert.Equal(measurements.Select(m => m.Text("date")), node.GetProperty("measurements").GetProperty("edges").EnumerateArray().Select(e => e.Path("node.date").GetString()!));
            Assert.Equal(measurements.Count, node.Path("measurements.totalCount").GetInt32());
            Assert.Equal(SampleDocument.Activities.Where(a => a.Strings("indicators").Contains(id)).Ids(), node.GetProperty("activities").NodeIds());
        }
    }

    [Fact]
    public async Task Progress_EverySampleIndicator_IsTheFractionOfTheWayFromBaselineToTarget()
    {
        var data = await client.DataAsync("{ indicators(first: 100) { edges { node { id progress { baseline target latest { date value } percentOfTheWay } } } } }");

        foreach (var edge in data.Path("indicators.edges").EnumerateArray())
        {
            var id = edge.Path("node.id").GetString()!;
            var progress = edge.Path("node.progress");
            var indicator = SampleDocument.Indicators.Single(i => i.Text("id") == id);
            var latest = SampleDocument.Measurements.Where(m => m.Text("indicator") == id).OrderBy(m => m.Text("date"), StringComparer.Ordinal).Last();
            var baseline = indicator.Path("baseline.value").GetDouble();
            var target = indicator.Path("target.value").GetDouble();
            var value = latest.GetProperty("value").GetDouble();
            Assert.Equal(latest.Text("date"), progress.Path("latest.date").GetString());
            Assert.Equal(baseline, progress.GetProperty("baseline").GetDouble());
            Assert.Equal(target, progress.GetProperty("target").GetDouble());
            Assert.Equal(100 * (value - baseline) / (target - baseline), progress.GetProperty("percentOfTheWay").GetDouble(), 7);
        }
    }

    [Fact]
    public async Task Measurements_Paged_WalkInDateOrder()
    {
        var id = SampleDocument.Measurements.GroupBy(m => m.Text("indicator")).MaxBy(g => g.Count())!.Key;
        var expected = SampleDocument.Measurements.Where(m => m.Text("indicator") == id).Select(m => m.Text("date")).Order(StringComparer.Ordinal).ToList();
        var seen = new List<string>();
        string? after = null;
        do
        {
            var data = await client.DataAsync("""
                query($id: ID!, $after: String) { node(id: $id) { ... on Indicator { measurements(first: 4, after: $after) {
                  edges { node { date } } pageInfo { hasNextPage endCursor } } } } }
                """, new { id, after });
            var page = data.Path("node.measurements");
            seen.AddRange(page.GetProperty("edges").EnumerateArray().Select(e => e.Path("node.date").GetString()!));
            after = page.Path("pageInfo.hasNextPage").GetBoolean() ? page.Path("pageInfo.endCursor").GetString() : null;
        }
        while (after is not null && seen.Count <= expected.Count);

        Assert.Equal(expected, seen);
    }

    [Fact]
    public async Task Goal_Relations_MatchTheSample()
    {
        var goal = SampleDocument.Goals[0].Text("id");
        var indicators = SampleDocument.Indicators.Where(i => i.Text("goal") == goal).Select(i => i.Text("id")).ToHashSet();

        var data = await client.DataAsync("""
            query($id: ID!) { node(id: $id) { ... on Goal {
              indicators(first: 100) { edges { node { id } } }
              organizations(first: 100) { edges { node { id } } }
              activities(first: 100) { edges { node { id } } }
            } } }
            """, new { id = goal });

        var node = data.GetProperty("node");
        Assert.Equal(indicators.Order(StringComparer.Ordinal), node.GetProperty("indicators").NodeIds());
        Assert.Equal(SampleDocument.Organizations.Where(o => o.Strings("goals").Contains(goal)).Ids(), node.GetProperty("organizations").NodeIds());
        Assert.Equal(SampleDocument.Activities.Where(a => a.Strings("indicators").Any(indicators.Contains)).Ids(), node.GetProperty("activities").NodeIds());
    }

    [Fact]
    public async Task PersonAndTie_Relations_MatchTheSample()
    {
        var tie = SampleDocument.Ties.First(t => t.Text("type") == "COMMUNICATES" && t.Text("from").StartsWith("p-", StringComparison.Ordinal));
        var person = SampleDocument.People.Single(p => p.Text("id") == tie.Text("from"));

        var data = await client.DataAsync("""
            query($id: ID!) { node(id: $id) { ... on Person {
              role email communityMember organization { id }
              ties(first: 100) { totalCount edges { node { type directed weight effectiveWeight from { id kind } to { id kind } } } }
            } } }
            """, new { id = person.Text("id") });

        var node = data.GetProperty("node");
        Assert.Equal(person.Text("organization"), node.Path("organization.id").GetString());
        Assert.Equal(person.Text("role"), node.GetProperty("role").GetString());
        Assert.Equal(SampleDocument.Ties.Count(t => t.Text("from") == person.Text("id") || t.Text("to") == person.Text("id")), node.Path("ties.totalCount").GetInt32());
        var first = node.Path("ties.edges.0.node");
        Assert.False(first.GetProperty("directed").GetBoolean());
        Assert.Equal("PERSON", first.Path("from.kind").GetString());
        Assert.Equal("PERSON", first.Path("to.kind").GetString());
        var weight = first.GetProperty("weight");
        Assert.Equal(weight.ValueKind == JsonValueKind.Null ? 1.0 : weight.GetDouble(), first.GetProperty("effectiveWeight").GetDouble());
    }
}
