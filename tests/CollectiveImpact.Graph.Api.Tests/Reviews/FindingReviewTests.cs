using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;

namespace CollectiveImpact.Graph.Api.Tests.Reviews;

/// <summary>
/// Findings marked as reviewed, through the API on the sample: every reviewable finding has a key; a mark is attached
/// to the finding, listed and audited, survives a write that leaves the finding be (new version, same key), and comes
/// off again; bad keys and notes are refused naming the argument; dashboards and partners may neither mark nor read.
/// </summary>
public sealed class FindingReviewTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Findings = """
        { networkVersion
          gaps { findings(first: 100) { items { kind nodeIds key review { key reviewedBy note } } } }
          overlaps { pairs(first: 100) { items { activityIds key review { key } } } }
          reinforcement { goals { goalId unreinforcedPairs(first: 100) { items { activityIds key review { key } } } } }
          brokerage(top: 5) { recommendations(first: 5) { items { organizationIds key review { key } } } } }
        """;

    private const string Mark = "mutation($key: ID!, $note: String) { markFindingReviewed(key: $key, note: $note) { key reviewedAt reviewedBy note } }";

    [Fact]
    public async Task EveryFinding_HasAKeyMadeOfWhatItIsAbout()
    {
        var data = await factory.GraphQL().DataAsync(Findings);

        var gaps = data.GetProperty("gaps").GetProperty("findings").GetProperty("items").EnumerateArray().ToList();
        var overlaps = data.GetProperty("overlaps").GetProperty("pairs").GetProperty("items").EnumerateArray().ToList();
        var unreinforced = data.GetProperty("reinforcement").GetProperty("goals").EnumerateArray()
            .SelectMany(g => g.GetProperty("unreinforcedPairs").GetProperty("items").EnumerateArray().Select(p => (Goal: g.GetProperty("goalId").GetString(), Pair: p))).ToList();
        var introductions = data.GetProperty("brokerage").GetProperty("recommendations").GetProperty("items").EnumerateArray().ToList();

        Assert.NotEmpty(gaps);
        Assert.NotEmpty(overlaps);
        Assert.NotEmpty(unreinforced);
        Assert.NotEmpty(introductions);
        Assert.All(gaps, g => Assert.Equal(
            $"gap:{g.GetProperty("kind").GetString()}:{string.Join('|', g.GetProperty("nodeIds").EnumerateArray().Select(i => i.GetString()).Order(StringComparer.Ordinal))}",
            g.GetProperty("key").GetString()));
        Assert.All(overlaps, p => Assert.Equal($"overlap:{Ids(p, "activityIds")}", p.GetProperty("key").GetString()));
        Assert.All(unreinforced, u => Assert.Equal($"unreinforced:{u.Goal}:{Ids(u.Pair, "activityIds")}", u.Pair.GetProperty("key").GetString()));
        Assert.All(introductions, r => Assert.Equal($"introduction:{Ids(r, "organizationIds")}", r.GetProperty("key").GetString()));
        var keys = gaps.Select(g => g.GetProperty("key").GetString()).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Fact]
    public async Task Mark_IsAttachedListedAuditedKeptAcrossAWriteAndCleared()
    {
        var client = factory.GraphQL();
        var before = await client.DataAsync(Findings);
        var gap = before.GetProperty("gaps").GetProperty("findings").GetProperty("items")[0];
        var key = gap.GetProperty("key").GetString()!;

        var marked = (await client.DataAsync(Mark, new { key, note = "  Raised at the March meeting  " })).GetProperty("markFindingReviewed");
        await client.DataAsync("mutation { updateGoal(input: { id: \"g-ready-for-school\", name: \"Children are ready for school\", description: \"Words no gap reads\" }) { version } }");
        var after = await client.DataAsync(Findings);
        var again = after.GetProperty("gaps").GetProperty("findings").GetProperty("items").EnumerateArray().Single(g => g.GetProperty("key").GetString() == key);
        var listed = (await client.DataAsync("{ findingReviews { key note } }")).GetProperty("findingReviews").EnumerateArray().ToList();
        var audit = await client.DataAsync("{ auditLog(first: 10) { edges { node { operation outcome } } } }");
        var cleared = await client.DataAsync("mutation($key: ID!) { clearFindingReview(key: $key) }", new { key });
        var clearedAgain = await client.DataAsync("mutation($key: ID!) { clearFindingReview(key: $key) }", new { key });
        var afterClear = await client.DataAsync(Findings);

        Assert.Equal(("Raised at the March meeting", key), (marked.GetProperty("note").GetString(), marked.GetProperty("key").GetString()));
        Assert.False(string.IsNullOrEmpty(marked.GetProperty("reviewedBy").GetString()));
        Assert.NotEqual(before.GetProperty("networkVersion").GetInt64(), after.GetProperty("networkVersion").GetInt64());
        Assert.Equal("Raised at the March meeting", again.GetProperty("review").GetProperty("note").GetString());
        Assert.Contains(listed, r => r.GetProperty("key").GetString() == key);
        Assert.Contains(audit.GetProperty("auditLog").GetProperty("edges").EnumerateArray(), e => e.GetProperty("node").GetProperty("operation").GetString() == "markFindingReviewed");
        Assert.True(cleared.GetProperty("clearFindingReview").GetBoolean());
        Assert.False(clearedAgain.GetProperty("clearFindingReview").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, afterClear.GetProperty("gaps").GetProperty("findings").GetProperty("items").EnumerateArray()
            .Single(g => g.GetProperty("key").GetString() == key).GetProperty("review").ValueKind);
    }

    [Theory]
    [InlineData("", null, "key: empty")]
    [InlineData("g-ready-for-school", null, "is not a finding's key")]
    [InlineData("gap:", null, "is not a finding's key")]
    [InlineData("overlap:a-x|a-y", "1001", "note: 1001 characters; at most 1000.")]
    public async Task Mark_WithABadKeyOrNote_IsRefusedNamingTheArgument(string key, string? noteLength, string expected)
    {
        var note = noteLength is null ? null : new string('x', int.Parse(noteLength, System.Globalization.CultureInfo.InvariantCulture));

        var response = await factory.GraphQL().PostAsync(Mark, new { key, note });
        var list = await factory.GraphQL().DataAsync("{ findingReviews { key } }");

        Assert.Contains("INVALID_ARGUMENT", response.ErrorCodes);
        Assert.Contains(response.Errors, e => e.GetProperty("message").GetString()!.Contains(expected, StringComparison.Ordinal));
        Assert.DoesNotContain(list.GetProperty("findingReviews").EnumerateArray(), r => r.GetProperty("key").GetString() == key);
    }

    [Theory]
    [InlineData(Roles.Dashboard)]
    [InlineData(Roles.Partner)]
    public async Task OtherRoles_MayNeitherMarkNorReadReviews(string role)
    {
        var client = factory.GraphQLAs(factory.CreateKey(role, $"Review {role}", role == Roles.Partner ? "o-riverbend-health" : null));

        var mark = await client.PostAsync(Mark, new { key = "overlap:a-x|a-y", note = (string?)null });
        var read = await client.PostAsync("{ findingReviews { key } }");

        Assert.Contains("FORBIDDEN", mark.ErrorCodes);
        Assert.Contains("FORBIDDEN", read.ErrorCodes);
    }

    [Fact]
    public async Task Evaluator_MayMarkAndClear()
    {
        var evaluator = factory.GraphQLAs(factory.CreateKey(Roles.Evaluator, "Evaluation team"));

        var marked = (await evaluator.DataAsync(Mark, new { key = "introduction:o-a|o-b", note = "Checked" })).GetProperty("markFindingReviewed");
        var cleared = await evaluator.DataAsync("mutation { clearFindingReview(key: \"introduction:o-a|o-b\") }");

        Assert.Equal("Evaluation team", marked.GetProperty("reviewedBy").GetString());
        Assert.True(cleared.GetProperty("clearFindingReview").GetBoolean());
    }

    private static string Ids(System.Text.Json.JsonElement item, string property) =>
        string.Join('|', item.GetProperty(property).EnumerateArray().Select(i => i.GetString()).Order(StringComparer.Ordinal));
}
