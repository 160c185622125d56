using System.Text.Json;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;

namespace CollectiveImpact.Graph.Api.Tests.GraphQL;

/// <summary>
/// Every create, update, delete, tie and measurement mutation on a store holding the sample: accepted writes show
/// up in reads and bump the version by one; refused writes fail with INVALID_INPUT or NOT_FOUND and leave version
/// and data as they were. Ids used by the sample come from the sample file (<see cref="SampleDocument"/>).
/// </summary>
public sealed class MutationTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly GraphQLClient client = factory.GraphQL();

    private static string Backbone => SampleDocument.Initiative.Text("backbone");

    private static string AGoal => SampleDocument.Goals[0].Text("id");

    private static string AnIndicator => SampleDocument.Indicators[0].Text("id");

    [Fact]
    public async Task CreateGoal_NewId_IsStoredAndBumpsTheVersionByOne()
    {
        var before = await VersionAsync();

        var data = await client.DataAsync("""
            mutation { createGoal(input: { id: "g-new-created", name: "Everyone has a library card", description: "Why not" }) { version goal { id name kind } } }
            """);

        Assert.Equal(before + 1, data.Path("createGoal.version").GetInt64());
        Assert.Equal("GOAL", data.Path("createGoal.goal.kind").GetString());
        var read = await client.DataAsync("{ node(id: \"g-new-created\") { ... on Goal { name description } } }");
        Assert.Equal("Everyone has a library card", read.Path("node.name").GetString());
        Assert.Equal(before + 1, await VersionAsync());
    }

    [Fact]
    public async Task CreateGoal_IdOfAnOrganization_IsRefusedAndChangesNothing()
    {
        var before = await VersionAsync();

        var response = await client.PostAsync("mutation($id: ID!) { createGoal(input: { id: $id, name: \"Clash\" }) { version } }", new { id = Backbone });

        var problems = AssertRefused(response);
        Assert.Contains(problems, p => p.Path("path").GetString()!.StartsWith("input", StringComparison.Ordinal));
        Assert.Equal(before, await VersionAsync());
        var read = await client.DataAsync("query($id: ID!) { node(id: $id) { kind } }", new { id = Backbone });
        Assert.Equal("ORGANIZATION", read.Path("node.kind").GetString());
    }

    [Fact]
    public async Task UpdateGoal_Existing_ReplacesItWholeClearingOmittedFields()
    {
        await client.DataAsync("mutation { createGoal(input: { id: \"g-to-update\", name: \"Old\", description: \"Old text\" }) { version } }");

        var data = await client.DataAsync("mutation { updateGoal(input: { id: \"g-to-update\", name: \"New\" }) { goal { name description } } }");

        Assert.Equal("New", data.Path("updateGoal.goal.name").GetString());
        var read = await client.DataAsync("{ node(id: \"g-to-update\") { name ... on Goal { description } } }");
        Assert.Equal("New", read.Path("node.name").GetString());
        Assert.Equal(JsonValueKind.Null, read.Path("node.description").ValueKind);
    }

    [Theory]
    [InlineData("g-never-existed")]
    [InlineData("p-0001")]
    public async Task UpdateGoal_NoGoalWithThatId_FailsNotFoundAndChangesNothing(string id)
    {
        var before = await VersionAsync();

        var response = await client.PostAsync("mutation($id: ID!) { updateGoal(input: { id: $id, name: \"X\" }) { version } }", new { id });

        Assert.Equal(["NOT_FOUND"], response.ErrorCodes);
        Assert.Equal(before, await VersionAsync());
    }

    [Fact]
    public async Task DeleteGoal_StillMeasuredByIndicators_IsRefusedAndChangesNothing()
    {
        var before = await VersionAsync();
        var indicatorsBefore = await client.DataAsync("{ indicators { totalCount } }");

        var response = await client.PostAsync("mutation($id: ID!) { deleteGoal(id: $id) { version } }", new { id = AGoal });

        var problems = AssertRefused(response);
        Assert.Contains(problems, p => p.Path("path").GetString() == "id");
        Assert.Equal(before, await VersionAsync());
        Assert.Equal(indicatorsBefore.ToString(), (await client.DataAsync("{ indicators { totalCount } }")).ToString());
        Assert.Equal("GOAL", (await client.DataAsync("query($id: ID!) { node(id: $id) { kind } }", new { id = AGoal })).Path("node.kind").GetString());
    }

    [Fact]
    public async Task DeleteGoal_Unreferenced_RemovesIt()
    {
        await client.DataAsync("mutation { createGoal(input: { id: \"g-to-delete\", name: \"Short-lived\" }) { version } }");
        var before = await VersionAsync();

        var data = await client.DataAsync("mutation { deleteGoal(id: \"g-to-delete\") { version deleted } }");

        Assert.Equal(before + 1, data.Path("deleteGoal.version").GetInt64());
        Assert.Equal(1, data.Path("deleteGoal.deleted").GetInt32());
        Assert.Equal(JsonValueKind.Null, (await client.DataAsync("{ node(id: \"g-to-delete\") { id } }")).GetProperty("node").ValueKind);
    }

    [Fact]
    public async Task DeleteGoal_Missing_FailsNotFound()
    {
        var response = await client.PostAsync("mutation { deleteGoal(id: \"g-missing\") { version } }");

        Assert.Equal(["NOT_FOUND"], response.ErrorCodes);
    }

    [Fact]
    public async Task CreateIndicator_WithBaselineAndTarget_IsStoredAndMeasuresItsGoal()
    {
        var data = await client.DataAsync("""
            mutation($goal: ID!) { createIndicator(input: { id: "i-new", name: "Library loans", goal: $goal, unit: "per 1,000",
              direction: DECREASE, baseline: { value: 10, date: "2020-01-01" }, target: { value: 4 } }) {
              indicator { id direction baseline { value date } target { value date } goal { id } } } }
            """, new { goal = AGoal });

        var indicator = data.Path("createIndicator.indicator");
        Assert.Equal("DECREASE", indicator.GetProperty("direction").GetString());
        Assert.Equal("2020-01-01", indicator.Path("baseline.date").GetString());
        Assert.Equal(JsonValueKind.Null, indicator.Path("target.date").ValueKind);
        Assert.Equal(AGoal, indicator.Path("goal.id").GetString());
    }

    [Fact]
    public async Task CreateIndicator_UnknownGoal_IsRefusedWithThePathOfTheInputField()
    {
        var before = await VersionAsync();

        var response = await client.PostAsync("mutation { createIndicator(input: { id: \"i-orphan\", name: \"Orphan\", goal: \"g-nowhere\" }) { version } }");

        var problems = AssertRefused(response);
        Assert.Contains(problems, p => p.Path("path").GetString() == "input.goal");
        Assert.Equal(before, await VersionAsync());
        Assert.Equal(JsonValueKind.Null, (await client.DataAsync("{ node(id: \"i-orphan\") { id } }")).GetProperty("node").ValueKind);
    }

    [Fact]
    public async Task UpdateIndicator_Existing_ChangesItsTarget()
    {
        var indicator = SampleDocument.Indicators[1];

        var data = await client.DataAsync("""
            mutation($id: ID!, $name: String!, $goal: ID!) { updateIndicator(input: { id: $id, name: $name, goal: $goal,
              baseline: { value: 1 }, target: { value: 3 } }) { indicator { id target { value } } } }
            """, new { id = indicator.Text("id"), name = indicator.Text("name"), goal = indicator.Text("goal") });

        Assert.Equal(3, data.Path("updateIndicator.indicator.target.value").GetDouble());
    }

    [Fact]
    public async Task CreateOrganization_WithGoals_CommitsToThem()
    {
        var data = await client.DataAsync("""
            mutation($goal: ID!) { createOrganization(input: { id: "o-new-org", name: "New Org", sector: FAITH, communityLed: true, goals: [$goal] }) {
              organization { sector communityLed goals { edges { node { id } } } } } }
            """, new { goal = AGoal });

        var organization = data.Path("createOrganization.organization");
        Assert.Equal("FAITH", organization.GetProperty("sector").GetString());
        Assert.True(organization.GetProperty("communityLed").GetBoolean());
        Assert.Equal([AGoal], organization.GetProperty("goals").NodeIds());
    }

    [Fact]
    public async Task CreateOrganization_UnknownGoalInList_IsRefusedNamingTheListItem()
    {
        var response = await client.PostAsync("mutation($goal: ID!) { createOrganization(input: { id: \"o-bad-goals\", name: \"Bad\", goals: [$goal, \"g-nope\"] }) { version } }", new { goal = AGoal });

        var problems = AssertRefused(response);
        Assert.Contains(problems, p => p.Path("path").GetString() == "input.goals[1]");
    }

    [Fact]
    public async Task UpdateOrganization_Existing_ReplacesSector()
    {
        var organization = SampleDocument.Organizations[10];

        var data = await client.DataAsync("""
            mutation($id: ID!, $name: String!) { updateOrganization(input: { id: $id, name: $name, sector: OTHER }) { organization { sector goals { totalCount } } } }
            """, new { id = organization.Text("id"), name = organization.Text("name") });

        Assert.Equal("OTHER", data.Path("updateOrganization.organization.sector").GetString());
        Assert.Equal(0, data.Path("updateOrganization.organization.goals.totalCount").GetInt32());
    }

    [Fact]
    public async Task DeleteOrganization_LeadingAnActivity_IsRefusedAndChangesNothing()
    {
        var lead = SampleDocument.Activities[0].Text("lead");
        var before = await VersionAsync();

        var response = await client.PostAsync("mutation($id: ID!) { deleteOrganization(id: $id) { version } }", new { id = lead });

        AssertRefused(response);
        Assert.Equal(before, await VersionAsync());
    }

    [Fact]
    public async Task CreateUpdateDeletePerson_RoundTrip_WithTheTiesGoingWithThePerson()
    {
        var other = SampleDocument.People[1].Text("id");
        await client.DataAsync("mutation($org: ID!) { createPerson(input: { id: \"p-new\", name: \"New Person\", organization: $org, role: \"Coordinator\" }) { version } }", new { org = Backbone });
        await client.DataAsync("mutation($other: ID!) { addTie(input: { from: \"p-new\", to: $other, type: COMMUNICATES, weight: 2 }) { version } }", new { other });

        var updated = await client.DataAsync("mutation { updatePerson(input: { id: \"p-new\", name: \"Renamed\", communityMember: true }) { person { name communityMember organization { id } } } }");
        var deleted = await client.DataAsync("mutation { deletePerson(id: \"p-new\") { deleted } }");

        Assert.Equal("Renamed", updated.Path("updatePerson.person.name").GetString());
        Assert.True(updated.Path("updatePerson.person.communityMember").GetBoolean());
        Assert.Equal(JsonValueKind.Null, updated.Path("updatePerson.person.organization").ValueKind);
        Assert.Equal(2, deleted.Path("deletePerson.deleted").GetInt32());
        var ties = await client.DataAsync("query($other: ID!) { ties(node: [$other], type: COMMUNICATES, first: 100) { edges { node { from { id } to { id } } } } }", new { other });
        Assert.DoesNotContain("p-new", ties.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateActivity_SeveralProblems_ListsEveryOneAndChangesNothing()
    {
        var before = await VersionAsync();

        var response = await client.PostAsync("""
            mutation { createActivity(input: { id: "a-broken", name: "Broken", lead: "o-nowhere", partners: ["o-also-nowhere"],
              indicators: ["i-nowhere"], start: "2024-05-01", end: "2023-01-01" }) { version } }
            """);

        var problems = AssertRefused(response);
        var paths = problems.Select(p => p.Path("path").GetString()).ToList();
        Assert.Contains("input.lead", paths);
        Assert.Contains("input.partners[0]", paths);
        Assert.Contains("input.indicators[0]", paths);
        Assert.True(problems.Count >= 4, $"Expected every problem, got: {response.Body}");
        Assert.All(problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Path("code").GetString())));
        Assert.Equal(before, await VersionAsync());
    }

    [Fact]
    public async Task CreateUpdateDeleteActivity_RoundTrip()
    {
        var created = await client.DataAsync("""
            mutation($lead: ID!, $indicator: ID!) { createActivity(input: { id: "a-new", name: "Reading Circles", lead: $lead,
              indicators: [$indicator], populations: ["children-5-8"], places: ["riverbend-central"], status: PLANNED, start: "2026-01-01" }) {
              activity { lead { id } indicators { totalCount } status populations } } }
            """, new { lead = Backbone, indicator = AnIndicator });
        var updated = await client.DataAsync("""
            mutation($lead: ID!) { updateActivity(input: { id: "a-new", name: "Reading Circles", lead: $lead, status: ACTIVE }) {
              activity { status indicators { totalCount } } } }
            """, new { lead = Backbone });
        var deleted = await client.DataAsync("mutation { deleteActivity(id: \"a-new\") { deleted } }");

        Assert.Equal("PLANNED", created.Path("createActivity.activity.status").GetString());
        Assert.Equal(1, created.Path("createActivity.activity.indicators.totalCount").GetInt32());
        Assert.Equal("ACTIVE", updated.Path("updateActivity.activity.status").GetString());
        Assert.Equal(0, updated.Path("updateActivity.activity.indicators.totalCount").GetInt32());
        Assert.Equal(1, deleted.Path("deleteActivity.deleted").GetInt32());
    }

    [Fact]
    public async Task AddTie_Twice_ReplacesTheWeight()
    {
        var (a, b) = (SampleDocument.Organizations[20].Text("id"), SampleDocument.Organizations[21].Text("id"));

        await client.DataAsync("mutation($a: ID!, $b: ID!) { addTie(input: { from: $a, to: $b, type: SHARES_DATA, weight: 2 }) { version } }", new { a, b });
        var second = await client.DataAsync("mutation($a: ID!, $b: ID!) { addTie(input: { from: $a, to: $b, type: SHARES_DATA, weight: 5, since: \"2024-01-01\" }) { tie { weight since directed from { id } } } }", new { a, b });

        Assert.Equal(5, second.Path("addTie.tie.weight").GetDouble());
        Assert.True(second.Path("addTie.tie.directed").GetBoolean());
        var ties = await client.DataAsync("query($a: ID!) { ties(node: [$a], type: SHARES_DATA, first: 100) { edges { node { weight to { id } } } } }", new { a });
        var matching = ties.Path("ties.edges").EnumerateArray().Where(e => e.Path("node.to.id").GetString() == b).ToList();
        Assert.Single(matching);
        Assert.Equal(5, matching[0].Path("node.weight").GetDouble());
    }

    [Fact]
    public async Task AddTie_EndsOfTheWrongKind_IsRefusedAndChangesNothing()
    {
        var before = await VersionAsync();

        var response = await client.PostAsync("mutation($p: ID!, $o: ID!) { addTie(input: { from: $p, to: $o, type: COLLABORATES }) { version } }",
            new { p = SampleDocument.People[0].Text("id"), o = Backbone });

        var problems = AssertRefused(response);
        Assert.Contains(problems, p => p.Path("path").GetString()!.StartsWith("input", StringComparison.Ordinal));
        Assert.Equal(before, await VersionAsync());
    }

    [Fact]
    public async Task RemoveTie_UndirectedWithEndsReversed_RemovesIt()
    {
        var (a, b) = (SampleDocument.Organizations[30].Text("id"), SampleDocument.Organizations[31].Text("id"));
        await client.DataAsync("mutation($a: ID!, $b: ID!) { addTie(input: { from: $a, to: $b, type: COLLABORATES }) { version } }", new { a, b });

        var data = await client.DataAsync("mutation($a: ID!, $b: ID!) { removeTie(from: $b, to: $a, type: COLLABORATES) { deleted } }", new { a, b });

        Assert.Equal(1, data.Path("removeTie.deleted").GetInt32());
        var again = await client.PostAsync("mutation($a: ID!, $b: ID!) { removeTie(from: $a, to: $b, type: COLLABORATES) { deleted } }", new { a, b });
        Assert.Equal(["NOT_FOUND"], again.ErrorCodes);
    }

    [Fact]
    public async Task RecordMeasurement_NewDateThenSameDate_AddsThenReplaces()
    {
        var first = await client.DataAsync("mutation($i: ID!) { recordMeasurement(input: { indicator: $i, date: \"2031-06-30\", value: 50 }) { measurement { value } } }", new { i = AnIndicator });
        await client.DataAsync("mutation($i: ID!, $o: ID!) { recordMeasurement(input: { indicator: $i, date: \"2031-06-30\", value: 55, reportedBy: $o }) { version } }", new { i = AnIndicator, o = Backbone });

        var read = await client.DataAsync("query($i: ID!) { node(id: $i) { ... on Indicator { measurements(first: 100) { edges { node { date value reportedBy { id } } } } progress { latest { date value } } } } }", new { i = AnIndicator });

        Assert.Equal(50, first.Path("recordMeasurement.measurement.value").GetDouble());
        var recorded = read.Path("node.measurements.edges").EnumerateArray().Where(e => e.Path("node.date").GetString() == "2031-06-30").ToList();
        Assert.Single(recorded);
        Assert.Equal(55, recorded[0].Path("node.value").GetDouble());
        Assert.Equal(Backbone, recorded[0].Path("node.reportedBy.id").GetString());
        Assert.Equal("2031-06-30", read.Path("node.progress.latest.date").GetString());
    }

    [Fact]
    public async Task RecordMeasurement_UnknownIndicator_IsRefusedWithThePathOfTheInputField()
    {
        var before = await VersionAsync();

        var response = await client.PostAsync("mutation { recordMeasurement(input: { indicator: \"i-nowhere\", date: \"2024-01-01\", value: 1 }) { version } }");

        var problems = AssertRefused(response);
        Assert.Contains(problems, p => p.Path("path").GetString() == "input.indicator");
        Assert.Equal(before, await VersionAsync());
    }

    [Fact]
    public async Task RemoveMeasurement_ExistingThenAgain_RemovesThenFailsNotFound()
    {
        await client.DataAsync("mutation($i: ID!) { recordMeasurement(input: { indicator: $i, date: \"2032-01-01\", value: 1 }) { version } }", new { i = AnIndicator });

        var removed = await client.DataAsync("mutation($i: ID!) { removeMeasurement(indicator: $i, date: \"2032-01-01\") { deleted } }", new { i = AnIndicator });
        var again = await client.PostAsync("mutation($i: ID!) { removeMeasurement(indicator: $i, date: \"2032-01-01\") { deleted } }", new { i = AnIndicator });

        Assert.Equal(1, removed.Path("removeMeasurement.deleted").GetInt32());
        Assert.Equal(["NOT_FOUND"], again.ErrorCodes);
    }

    [Fact]
    public async Task Mutation_InvalidDateLiteral_FailsValidationBeforeAnyWrite()
    {
        var before = await VersionAsync();

        var response = await client.PostAsync("mutation($i: ID!) { recordMeasurement(input: { indicator: $i, date: \"30/06/2024\", value: 1 }) { version } }", new { i = AnIndicator });

        Assert.Equal(["GRAPHQL_VALIDATION_FAILED"], response.ErrorCodes);
        Assert.Equal(before, await VersionAsync());
    }

    private static List<JsonElement> AssertRefused(GraphQLResponse response)
    {
        Assert.True(response.ErrorCodes.SequenceEqual(["INVALID_INPUT"]), $"Expected INVALID_INPUT, got: {response.Body}");
        return [.. response.Errors[0].Path("extensions.problems").EnumerateArray()];
    }

    private async Task<long> VersionAsync() => (await client.DataAsync("{ networkVersion }")).GetProperty("networkVersion").GetInt64();
}
