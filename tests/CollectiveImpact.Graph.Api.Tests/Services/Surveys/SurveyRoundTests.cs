using System.Globalization;
using System.Text.Json;
using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;

namespace CollectiveImpact.Graph.Api.Tests.Services.Surveys;

/// <summary>
/// The partner survey through the API on the sample (docs/survey.md): a round made with personal links, answered
/// through them (draft, resume, submit), scored as analyses.md §7 says, closed and applied (dry run first), kept by
/// export and import; and what each caller may see. The expected scores are worked by hand in the comments, from the
/// answers the test gives.
/// </summary>
public sealed class SurveyRoundTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string YouthFutures = "o-youth-futures";
    private const string FoodShare = "o-food-share";
    private const string ReadingRivers = "o-reading-rivers";
    private const string Backbone = "o-backbone";

    private const string Create = """
        mutation($input: SurveyRoundInput!) { createSurveyRound(input: $input) {
          round { id name status invited }
          links { organization organizationName id secret path expiresAt } } }
        """;

    private const string Save = """
        mutation($answers: [SurveyPartnerAnswerInput!]!, $openAnswer: String, $submit: Boolean!) {
          saveSurveyResponse(answers: $answers, openAnswer: $openAnswer, submit: $submit) { organization submitted openAnswer answers { partner level achieved } } }
        """;

    private const string Form = "{ surveyForm { round name question open organization organizationName partners { id name sector } response { submitted openAnswer answers { partner worksTogether frequency level reliable achieved } } } }";

    private static string Today => DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string InDays(int days) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static object Works(string partner, string frequency, int level, int trust, int value, string? achieved = null) => new
    {
        partner,
        worksTogether = true,
        frequency,
        level,
        reliable = trust,
        supportsMission = trust,
        openToDiscussion = trust,
        influence = value,
        involvement = value,
        resources = value,
        achieved,
    };

    [Fact]
    public async Task Round_AnsweredThroughLinks_ScoresAsTheSpecSays_AndAppliesAfterADryRun()
    {
        var (round, links) = await CreateRoundAsync("Partner survey (scores)");
        var youth = factory.GraphQLAs(links[YouthFutures]);
        var food = factory.GraphQLAs(links[FoodShare]);
        var reading = factory.GraphQLAs(links[ReadingRivers]);

        // Youth Futures saves a draft, resumes it (the form gives it back), then submits.
        await youth.DataAsync(Save, new { answers = new[] { Works(FoodShare, "WEEKLY", 3, 4, 3) }, openAnswer = "More shared data", submit = false });
        var resumed = (await youth.DataAsync(Form)).GetProperty("surveyForm");
        await youth.DataAsync(Save, new { answers = new[] { Works(FoodShare, "WEEKLY", 3, 4, 3, "Joint holiday meals"), Works(ReadingRivers, "MONTHLY", 2, 3, 2) }, openAnswer = "More shared data", submit = true });
        await food.DataAsync(Save, new
        {
            answers = new object[] { Works(YouthFutures, "MONTHLY", 4, 2, 4), new { partner = ReadingRivers, worksTogether = false } },
            openAnswer = (string?)null,
            submit = true,
        });
        await reading.DataAsync(Save, new { answers = new[] { Works(YouthFutures, "WEEKLY", 2, 4, 4) }, openAnswer = (string?)null, submit = false });

        var data = (await factory.GraphQL().DataAsync(
            "query($id: ID!) { surveyRound(id: $id) { status progress { invited submitted drafts responseRate bySector { sector invited submitted } } invitations { organization status } results { invited submitted responseRate networkTrust networkValue confirmed oneSided unconfirmed density degreeCentralization relationships { from about trust value } organizations { organization trust value answers } pairs { a b status level } highValueLowTrust { from about } summary } } }",
            new { id = round })).GetProperty("surveyRound");
        var results = data.GetProperty("results");

        Assert.Equal(JsonValueKind.Null, resumed.GetProperty("response").GetProperty("submitted").ValueKind);
        Assert.Equal(FoodShare, resumed.GetProperty("response").GetProperty("answers")[0].GetProperty("partner").GetString());
        Assert.Equal(3, resumed.GetProperty("partners").GetArrayLength());
        Assert.Equal("OPEN", data.GetProperty("status").GetString());
        Assert.Equal((4, 2, 1, 0.5), (data.GetProperty("progress").GetProperty("invited").GetInt32(), data.GetProperty("progress").GetProperty("submitted").GetInt32(),
            data.GetProperty("progress").GetProperty("drafts").GetInt32(), data.GetProperty("progress").GetProperty("responseRate").GetDouble()));
        Assert.Equal(
            ["NOT_STARTED", "SUBMITTED", "SUBMITTED", "DRAFT"],
            data.GetProperty("invitations").EnumerateArray().Select(i => i.GetProperty("status").GetString()!).ToArray());

        // Relationships scored: Youth Futures → Food Share (trust 4, value 3), Food Share → Youth Futures (2, 4),
        // Youth Futures → Reading Rivers (3, 2); Reading Rivers' draft does not count. Network trust (4+2+3)/3 = 3,
        // value (3+4+2)/3 = 3.
        Assert.Equal(3, results.GetProperty("relationships").GetArrayLength());
        Assert.Equal(3.0, results.GetProperty("networkTrust").GetDouble(), 1e-12);
        Assert.Equal(3.0, results.GetProperty("networkValue").GetDouble(), 1e-12);
        // Food Share–Youth Futures both said so: confirmed, level (3 + 4) / 2 rounded half up = 4. Reading Rivers–Youth
        // Futures: Reading Rivers has not submitted, so unconfirmed, level 2. Food Share said it does not work with
        // Reading Rivers, which makes no pair.
        var pairs = results.GetProperty("pairs").EnumerateArray().Select(p => (p.GetProperty("a").GetString(), p.GetProperty("b").GetString(), p.GetProperty("status").GetString(), p.GetProperty("level").GetInt32())).ToList();
        Assert.Equal([(FoodShare, YouthFutures, "CONFIRMED", 4), (ReadingRivers, YouthFutures, "UNCONFIRMED", 2)], pairs);
        Assert.Equal((1, 0, 1), (results.GetProperty("confirmed").GetInt32(), results.GetProperty("oneSided").GetInt32(), results.GetProperty("unconfirmed").GetInt32()));
        // Reported network on the 4 invited: 2 edges; density 2·2 / (4·3) = 1/3. Degrees 2, 1, 1, 0: Freeman
        // centralization (0 + 1 + 1 + 2) / (3·2) = 2/3.
        Assert.Equal(1.0 / 3, results.GetProperty("density").GetDouble(), 1e-12);
        Assert.Equal(2.0 / 3, results.GetProperty("degreeCentralization").GetDouble(), 1e-12);
        // Food Share → Youth Futures: value 4 ≥ 3 and trust 2 ≤ 2.5.
        Assert.Equal((FoodShare, YouthFutures), results.GetProperty("highValueLowTrust").EnumerateArray().Select(r => (r.GetProperty("from").GetString(), r.GetProperty("about").GetString())).Single());
        var youthScores = results.GetProperty("organizations").EnumerateArray().Single(o => o.GetProperty("organization").GetString() == YouthFutures);
        Assert.Equal((2.0, 4.0, 1), (youthScores.GetProperty("trust").GetDouble(), youthScores.GetProperty("value").GetDouble(), youthScores.GetProperty("answers").GetInt32()));
        Assert.Contains(results.GetProperty("summary").EnumerateArray(), s => s.GetString()!.Contains("2 of 4 invited organizations answered (50%)", StringComparison.Ordinal));

        // Applying needs a closed round; the dry run writes nothing; confirmed only takes one pair, ALL both.
        var whileOpen = await factory.GraphQL().PostAsync("mutation($id: ID!) { applySurveyRound(id: $id) { dryRun } }", new { id = round });
        await factory.GraphQL().DataAsync("mutation($id: ID!) { closeSurveyRound(id: $id) { status } }", new { id = round });
        var versionBefore = (await factory.GraphQL().DataAsync("{ networkVersion }")).GetProperty("networkVersion").GetInt64();
        var dry = (await factory.GraphQL().DataAsync(
            "mutation($id: ID!) { applySurveyRound(id: $id, scope: ALL) { dryRun added { from { id } to { id } type weight since } updated { type } unchanged version } }", new { id = round })).GetProperty("applySurveyRound");
        var versionAfterDry = (await factory.GraphQL().DataAsync("{ networkVersion }")).GetProperty("networkVersion").GetInt64();
        var applied = (await factory.GraphQL().DataAsync(
            "mutation($id: ID!) { applySurveyRound(id: $id, scope: CONFIRMED, dryRun: false, snapshot: true) { dryRun added { from { id } to { id } type weight since } version snapshot } }", new { id = round })).GetProperty("applySurveyRound");
        var ties = (await factory.GraphQL().DataAsync("{ ties(first: 50, node: [\"o-food-share\"]) { items { from { id } to { id } type weight since } } }")).GetProperty("ties").GetProperty("items").EnumerateArray()
            .Where(t => new[] { Id(t, "from"), Id(t, "to") }.Order().SequenceEqual([FoodShare, YouthFutures])).ToList();
        var status = (await factory.GraphQL().DataAsync("query($id: ID!) { surveyRound(id: $id) { status applied } }", new { id = round })).GetProperty("surveyRound");

        Assert.Contains("INVALID_ARGUMENT", whileOpen.ErrorCodes);
        Assert.True(dry.GetProperty("dryRun").GetBoolean());
        Assert.Equal(versionBefore, versionAfterDry);
        Assert.Equal(
            [(FoodShare, YouthFutures, "COLLABORATES", 4.0), (ReadingRivers, YouthFutures, "COMMUNICATES", 2.0)],
            dry.GetProperty("added").EnumerateArray().Select(t => (Id(t, "from"), Id(t, "to"), t.GetProperty("type").GetString(), t.GetProperty("weight").GetDouble())).ToList());
        Assert.False(applied.GetProperty("dryRun").GetBoolean());
        Assert.Single(applied.GetProperty("added").EnumerateArray());
        Assert.Equal(versionBefore + 1, applied.GetProperty("version").GetInt64());
        Assert.StartsWith("Survey Partner survey (scores)", applied.GetProperty("snapshot").GetString(), StringComparison.Ordinal);
        Assert.Equal(("COLLABORATES", 4.0, Today), ties.Select(t => (t.GetProperty("type").GetString(), t.GetProperty("weight").GetDouble(), t.GetProperty("since").GetString())).Single());
        Assert.Equal(("APPLIED", Today), (status.GetProperty("status").GetString(), status.GetProperty("applied").GetString()));
    }

    [Fact]
    public async Task SurveyLink_ReadsOnlyItsOwnForm_AndNothingElse()
    {
        var (round, links) = await CreateRoundAsync("Partner survey (privacy)");
        var youth = factory.GraphQLAs(links[YouthFutures]);
        var food = factory.GraphQLAs(links[FoodShare]);
        await youth.DataAsync(Save, new { answers = new[] { Works(FoodShare, "WEEKLY", 3, 4, 3, "Youth's private words") }, openAnswer = (string?)null, submit = true });

        var foodForm = (await food.DataAsync(Form)).GetProperty("surveyForm");
        var network = await food.PostAsync("{ networkVersion organizations(first: 5) { items { id } } }");
        var rounds = await food.PostAsync("{ surveyRounds { id responses { answers { achieved } } } }");
        var summaries = await food.PostAsync("{ surveySummaries { round } }");
        var backboneForm = await factory.GraphQL().PostAsync(Form);
        var audit = (await factory.GraphQL().DataAsync("{ auditLog(first: 20) { edges { node { operation actorRole actorName outcome changes } } } }"))
            .GetProperty("auditLog").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node"))
            .First(n => n.GetProperty("operation").GetString() == "saveSurveyResponse");

        Assert.Equal(FoodShare, foodForm.GetProperty("organization").GetString());
        Assert.Equal(JsonValueKind.Null, foodForm.GetProperty("response").ValueKind);
        Assert.DoesNotContain(foodForm.GetProperty("partners").EnumerateArray(), p => p.GetProperty("id").GetString() == FoodShare);
        Assert.Contains("FORBIDDEN", network.ErrorCodes);
        Assert.Contains("FORBIDDEN", rounds.ErrorCodes);
        Assert.Contains("FORBIDDEN", summaries.ErrorCodes);
        Assert.Contains("FORBIDDEN", backboneForm.ErrorCodes);
        Assert.DoesNotContain("Youth's private words", foodForm.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(("respondent", "OK"), (audit.GetProperty("actorRole").GetString(), audit.GetProperty("outcome").GetString()));
        Assert.StartsWith("Partner survey (privacy): ", audit.GetProperty("actorName").GetString(), StringComparison.Ordinal);
        Assert.Equal((1, true), (audit.GetProperty("changes").GetProperty("answers").GetInt32(), audit.GetProperty("changes").GetProperty("submitted").GetBoolean()));
        Assert.DoesNotContain("private words", audit.GetRawText(), StringComparison.Ordinal);
        Assert.NotNull(round);
    }

    [Fact]
    public async Task Dashboard_ReadsAggregatesOnly_Evaluator_ReadsAnswers()
    {
        var (round, links) = await CreateRoundAsync("Partner survey (roles)");
        await factory.GraphQLAs(links[YouthFutures]).DataAsync(Save, new { answers = new[] { Works(FoodShare, "WEEKLY", 3, 4, 3, "Free text") }, openAnswer = "Open words", submit = true });
        var dashboard = factory.GraphQLAs(factory.CreateKey(Roles.Dashboard, "Survey dashboard"));
        var evaluator = factory.GraphQLAs(factory.CreateKey(Roles.Evaluator, "Survey evaluator"));
        var partner = factory.GraphQLAs(factory.CreateKey(Roles.Partner, "Survey partner", YouthFutures));

        var summary = (await dashboard.DataAsync("{ surveySummaries { round name invited submitted responseRate networkTrust networkTrustShare confirmed highValueLowTrust } }"))
            .GetProperty("surveySummaries").EnumerateArray().Single(s => s.GetProperty("round").GetString() == round);
        var dashboardRounds = await dashboard.PostAsync("{ surveyRounds { id } }");
        var partnerRounds = await partner.PostAsync("{ surveyRounds { id } }");
        var evaluatorAnswers = (await evaluator.DataAsync("query($id: ID!) { surveyRound(id: $id) { responses { openAnswer answers { achieved } } } }", new { id = round }))
            .GetProperty("surveyRound").GetProperty("responses");
        var evaluatorCreate = await evaluator.PostAsync(Create, new { input = new { name = "Not allowed", opens = Today, closes = InDays(3), invited = new[] { YouthFutures, FoodShare } } });

        Assert.Equal((4, 1, 0.25, 4.0, 1.0), (summary.GetProperty("invited").GetInt32(), summary.GetProperty("submitted").GetInt32(),
            summary.GetProperty("responseRate").GetDouble(), summary.GetProperty("networkTrust").GetDouble(), summary.GetProperty("networkTrustShare").GetDouble()));
        Assert.DoesNotContain("Free text", summary.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("FORBIDDEN", dashboardRounds.ErrorCodes);
        Assert.Contains("FORBIDDEN", partnerRounds.ErrorCodes);
        Assert.Equal("Free text", evaluatorAnswers[0].GetProperty("answers")[0].GetProperty("achieved").GetString());
        Assert.Contains("FORBIDDEN", evaluatorCreate.ErrorCodes);
    }

    [Fact]
    public async Task BadAnswers_AreRefusedNamingTheField_AndChangeNothing()
    {
        var (_, links) = await CreateRoundAsync("Partner survey (refusals)");
        var youth = factory.GraphQLAs(links[YouthFutures]);

        var outOfRange = await youth.PostAsync(Save, new { answers = new[] { Works(FoodShare, "WEEKLY", 5, 4, 3) }, openAnswer = (string?)null, submit = false });
        var incomplete = await youth.PostAsync(Save, new { answers = new object[] { new { partner = FoodShare, worksTogether = true, level = 3 } }, openAnswer = (string?)null, submit = true });
        var notInvited = await youth.PostAsync(Save, new { answers = new[] { Works("o-mentor-match", "WEEKLY", 3, 4, 3) }, openAnswer = (string?)null, submit = false });
        var itself = await youth.PostAsync(Save, new { answers = new[] { Works(YouthFutures, "WEEKLY", 3, 4, 3) }, openAnswer = (string?)null, submit = false });
        var form = (await youth.DataAsync(Form)).GetProperty("surveyForm");

        Assert.Equal(("INVALID_INPUT", "input.answers[0].level"), (outOfRange.ErrorCodes[0], Problem(outOfRange).Path));
        Assert.Contains("answers go from 1 to 4", Problem(outOfRange).Message, StringComparison.Ordinal);
        Assert.Equal("input.answers[0].reliable", Problem(incomplete).Path);
        Assert.Equal(("input.answers[0].partner", "NOT_INVITED"), (Problem(notInvited).Path, Problem(notInvited).Code));
        Assert.Equal(("input.answers[0].partner", "SELF_TIE"), (Problem(itself).Path, Problem(itself).Code));
        Assert.Equal(JsonValueKind.Null, form.GetProperty("response").ValueKind);
    }

    [Fact]
    public async Task CreateRound_WithProblems_NamesEachAndMakesNothing()
    {
        var before = (await factory.GraphQL().DataAsync("{ surveyRounds { id } }")).GetProperty("surveyRounds").GetArrayLength();

        var response = await factory.GraphQL().PostAsync(Create, new { input = new { name = " ", opens = InDays(5), closes = InDays(2), invited = new[] { YouthFutures, "o-nobody", YouthFutures } } });
        var after = (await factory.GraphQL().DataAsync("{ surveyRounds { id } }")).GetProperty("surveyRounds").GetArrayLength();
        var paths = response.Errors[0].GetProperty("extensions").GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("path").GetString()).ToList();

        Assert.Equal("INVALID_INPUT", response.ErrorCodes[0]);
        Assert.Equal(["input.name", "input.closes", "input.invited[2]", "input.invited[1]"], paths);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task ClosedRound_RefusesAnswers_AndItsLinksStopWorking_ReissuedLinkReplacesTheOld()
    {
        var (round, links) = await CreateRoundAsync("Partner survey (links)");
        var reissued = (await factory.GraphQL().DataAsync(
            "mutation($round: ID!, $organization: ID!) { reissueSurveyLink(round: $round, organization: $organization) { secret path } }",
            new { round, organization = FoodShare })).GetProperty("reissueSurveyLink");
        var oldLink = await factory.GraphQLAs(links[FoodShare]).PostAsync(Form);
        var newLink = await factory.GraphQLAs(reissued.GetProperty("secret").GetString()).DataAsync(Form);

        await factory.GraphQL().DataAsync("mutation($id: ID!) { closeSurveyRound(id: $id) { status } }", new { id = round });
        var afterClose = await factory.GraphQLAs(links[YouthFutures]).PostAsync(Save, new { answers = Array.Empty<object>(), openAnswer = (string?)null, submit = false });
        var invitations = (await factory.GraphQL().DataAsync("query($id: ID!) { surveyRound(id: $id) { status invitations { linkId } } }", new { id = round })).GetProperty("surveyRound");

        Assert.Contains("UNAUTHENTICATED", oldLink.ErrorCodes);
        Assert.StartsWith("/survey#key=cig_", reissued.GetProperty("path").GetString(), StringComparison.Ordinal);
        Assert.Equal(FoodShare, newLink.GetProperty("surveyForm").GetProperty("organization").GetString());
        Assert.Contains("UNAUTHENTICATED", afterClose.ErrorCodes);
        Assert.Equal("CLOSED", invitations.GetProperty("status").GetString());
        Assert.All(invitations.GetProperty("invitations").EnumerateArray(), i => Assert.Equal(JsonValueKind.Null, i.GetProperty("linkId").ValueKind));
    }

    [Fact]
    public async Task ExportAndImport_KeepRoundsAndAnswers()
    {
        var (round, links) = await CreateRoundAsync("Partner survey (round trip)");
        await factory.GraphQLAs(links[YouthFutures]).DataAsync(Save, new { answers = new[] { Works(FoodShare, "WEEKLY", 3, 4, 3, "Kept words") }, openAnswer = "Kept", submit = true });
        var exported = (await factory.GraphQL().DataAsync("{ exportNetwork { document } }")).GetProperty("exportNetwork").GetProperty("document");
        var section = exported.GetProperty("surveys").EnumerateArray().Single(r => r.GetProperty("id").GetString() == round);

        await factory.GraphQL().DataAsync("mutation($id: ID!) { deleteSurveyRound(id: $id) { id } }", new { id = round });
        var gone = (await factory.GraphQL().DataAsync("query($id: ID!) { surveyRound(id: $id) { id } }", new { id = round })).GetProperty("surveyRound");
        var imported = (await factory.GraphQL().DataAsync(
            "mutation($document: JSON!) { importNetwork(document: $document, mode: MERGE) { surveyRounds } }", new { document = exported })).GetProperty("importNetwork");
        var back = (await factory.GraphQL().DataAsync("query($id: ID!) { surveyRound(id: $id) { name responses { organization openAnswer answers { partner achieved level } } } }", new { id = round })).GetProperty("surveyRound");
        var again = (await factory.GraphQL().DataAsync("{ exportNetwork { document } }")).GetProperty("exportNetwork").GetProperty("document")
            .GetProperty("surveys").EnumerateArray().Single(r => r.GetProperty("id").GetString() == round);

        Assert.Equal(JsonValueKind.Null, gone.ValueKind);
        Assert.True(imported.GetProperty("surveyRounds").GetInt32() >= 1);
        Assert.Equal("Partner survey (round trip)", back.GetProperty("name").GetString());
        Assert.Equal(("Kept", "Kept words", 3), (back.GetProperty("responses")[0].GetProperty("openAnswer").GetString(),
            back.GetProperty("responses")[0].GetProperty("answers")[0].GetProperty("achieved").GetString(), back.GetProperty("responses")[0].GetProperty("answers")[0].GetProperty("level").GetInt32()));
        Assert.Equal(section.GetRawText(), again.GetRawText());
    }

    private static string Id(JsonElement tie, string end) => tie.GetProperty(end).GetProperty("id").GetString()!;

    private static (string Path, string Code, string Message) Problem(GraphQLResponse response)
    {
        var problem = response.Errors[0].GetProperty("extensions").GetProperty("problems")[0];
        return (problem.GetProperty("path").GetString()!, problem.GetProperty("code").GetString()!, problem.GetProperty("message").GetString()!);
    }

    private async Task<(string Round, Dictionary<string, string> Links)> CreateRoundAsync(string name)
    {
        var created = (await factory.GraphQL().DataAsync(Create, new
        {
            input = new { name, opens = Today, closes = InDays(30), invited = new[] { Backbone, YouthFutures, FoodShare, ReadingRivers }, question = "What should we do next?" },
        })).GetProperty("createSurveyRound");
        var links = created.GetProperty("links").EnumerateArray().ToDictionary(l => l.GetProperty("organization").GetString()!, l => l.GetProperty("secret").GetString()!);
        return (created.GetProperty("round").GetProperty("id").GetString()!, links);
    }
}
