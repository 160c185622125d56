using System.Text;
using System.Text.Json.Nodes;
using CollectiveImpact.Graph.Store.Documents;
using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Storage;
using CollectiveImpact.Graph.Store.Surveys;
using CollectiveImpact.Graph.Store.Tests.Support;
using CollectiveImpact.Graph.Store.Validation;
using Json.Schema;

namespace CollectiveImpact.Graph.Store.Tests.Documents;

/// <summary>
/// The document's optional <c>surveys</c> section (docs/format/network-format-v1.md, "Surveys (optional)"): read into
/// the survey records, written in canonical order and only when there is a round, each rule refused with its path and
/// code and no follow-on noise, and the published JSON Schema agreeing with the reader.
/// </summary>
public sealed class SurveySectionReaderTests
{
    /// <summary>The example of the format page: one submitted response, about a partner it works with and one it does not.</summary>
    internal const string Document = """
        {
          "format": "collective-impact-network/1",
          "surveys": [ { "id": "round-2026", "name": "Partner survey 2026", "opens": "2026-03-01", "closes": "2026-03-31",
            "question": "What should we do next?", "invited": ["o-a", "o-b", "o-c"], "closed": "2026-03-20", "applied": "2026-04-01",
            "responses": [ { "organization": "o-a", "updated": "2026-03-10T09:30:00.0000000Z", "submitted": "2026-03-10T09:30:00.0000000Z",
               "openAnswer": "More shared data",
               "answers": [ { "partner": "o-b", "worksTogether": true, "frequency": "WEEKLY", "level": 3,
                              "reliable": 4, "supportsMission": 4, "openToDiscussion": 3, "influence": 3, "involvement": 2, "resources": 2,
                              "achieved": "Joint holiday meals" },
                            { "partner": "o-c", "worksTogether": false } ] } ] } ]
        }
        """;

    private const string Answer0 = "$.surveys[0].responses[0].answers[0]";
    private const string Answer1 = "$.surveys[0].responses[0].answers[1]";
    private const string Submitted = "\"submitted\": \"2026-03-10T09:30:00.0000000Z\",";

    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(RepositoryFiles.PathOf("docs/format/network-format-v1.schema.json"))));

    /// <summary>Each broken rule: what changes in <see cref="Document"/>, and the one problem it gives.</summary>
    public static TheoryData<string, string, string, string> BrokenRules => new()
    {
        { "\"level\": 3", "\"level\": 5", $"{Answer0}.level", ProblemCodes.OutOfRange },
        { "\"level\": 3", "\"level\": 0", $"{Answer0}.level", ProblemCodes.OutOfRange },
        { "\"resources\": 2", "\"resources\": -1", $"{Answer0}.resources", ProblemCodes.OutOfRange },
        { "\"level\": 3", "\"level\": 2.5", $"{Answer0}.level", ProblemCodes.InvalidNumber },
        { "\"level\": 3", "\"level\": \"3\"", $"{Answer0}.level", ProblemCodes.InvalidType },
        { "\"frequency\": \"WEEKLY\"", "\"frequency\": \"weekly\"", $"{Answer0}.frequency", ProblemCodes.InvalidEnum },
        { "\"reliable\": 4, ", string.Empty, $"{Answer0}.reliable", ProblemCodes.IncompleteAnswer },
        { "\"frequency\": \"WEEKLY\", ", string.Empty, $"{Answer0}.frequency", ProblemCodes.IncompleteAnswer },
        { "\"worksTogether\": false", "\"worksTogether\": false, \"level\": 2", $"{Answer1}.level", ProblemCodes.InconsistentAnswer },
        { "\"worksTogether\": false", "\"worksTogether\": false, \"frequency\": \"YEARLY\"", $"{Answer1}.frequency", ProblemCodes.InconsistentAnswer },
        { "\"worksTogether\": false", "\"worksTogether\": null", $"{Answer1}.worksTogether", ProblemCodes.Required },
        { "\"partner\": \"o-c\"", "\"partner\": \"o-z\"", $"{Answer1}.partner", ProblemCodes.NotInvited },
        { "\"partner\": \"o-c\"", "\"partner\": \"o-a\"", $"{Answer1}.partner", ProblemCodes.SelfTie },
        { "\"partner\": \"o-c\"", "\"partner\": \"o-b\"", $"{Answer1}.partner", ProblemCodes.DuplicateReference },
        { "\"partner\": \"o-c\"", "\"partner\": \"\"", $"{Answer1}.partner", ProblemCodes.EmptyId },
        { "\"achieved\": \"Joint holiday meals\"", $"\"achieved\": \"{new string('a', 2_001)}\"", $"{Answer0}.achieved", ProblemCodes.TooLong },
        { "\"worksTogether\": false", "\"worksTogether\": false, \"comment\": \"x\"", $"{Answer1}.comment", ProblemCodes.UnknownProperty },
        { "\"organization\": \"o-a\"", "\"organization\": \"o-z\"", "$.surveys[0].responses[0].organization", ProblemCodes.NotInvited },
        { "\"openAnswer\": \"More shared data\"", $"\"openAnswer\": \"{new string('a', 4_001)}\"", "$.surveys[0].responses[0].openAnswer", ProblemCodes.TooLong },
        { "\"updated\": \"2026-03-10T09:30:00.0000000Z\"", "\"updated\": \"2026-03-10\"", "$.surveys[0].responses[0].updated", ProblemCodes.InvalidDate },
        { "\"updated\": \"2026-03-10T09:30:00.0000000Z\"", "\"updated\": \"2026-03-10T09:30:00\"", "$.surveys[0].responses[0].updated", ProblemCodes.InvalidDate },
        { "\"updated\": \"2026-03-10T09:30:00.0000000Z\"", "\"updated\": \"2026-03-10T09:30:00.0000000\"", "$.surveys[0].responses[0].updated", ProblemCodes.InvalidDate },
        { "\"updated\": \"2026-03-10T09:30:00.0000000Z\"", "\"updated\": \"2026-03-10 09:30:00Z\"", "$.surveys[0].responses[0].updated", ProblemCodes.InvalidDate },
        { "\"updated\": \"2026-03-10T09:30:00.0000000Z\"", "\"updated\": \"2026-02-30T09:30:00Z\"", "$.surveys[0].responses[0].updated", ProblemCodes.InvalidDate },
        { "\"updated\": \"2026-03-10T09:30:00.0000000Z\", ", string.Empty, "$.surveys[0].responses[0].updated", ProblemCodes.Required },
        { Submitted, "\"submitted\": \"yesterday\",", "$.surveys[0].responses[0].submitted", ProblemCodes.InvalidDate },
        { "\"closes\": \"2026-03-31\"", "\"closes\": \"2026-02-28\"", "$.surveys[0].closes", ProblemCodes.EndBeforeStart },
        { "\"opens\": \"2026-03-01\"", "\"opens\": \"2026-02-30\"", "$.surveys[0].opens", ProblemCodes.InvalidDate },
        { "\"opens\": \"2026-03-01\", ", string.Empty, "$.surveys[0].opens", ProblemCodes.Required },
        { "\"name\": \"Partner survey 2026\"", "\"name\": \"  \"", "$.surveys[0].name", ProblemCodes.Required },
        { "\"name\": \"Partner survey 2026\"", $"\"name\": \"{new string('n', 201)}\"", "$.surveys[0].name", ProblemCodes.TooLong },
        { "\"question\": \"What should we do next?\"", $"\"question\": \"{new string('q', 1_001)}\"", "$.surveys[0].question", ProblemCodes.TooLong },
        { "\"invited\": [\"o-a\", \"o-b\", \"o-c\"]", "\"invited\": [\"o-a\", \"o-b\", \"o-c\", \"o-b\"]", "$.surveys[0].invited[3]", ProblemCodes.DuplicateReference },
        { "\"invited\": [\"o-a\", \"o-b\", \"o-c\"]", "\"invited\": [\"o-a\", \"o-b\", 3]", "$.surveys[0].invited[2]", ProblemCodes.InvalidType },
        { "\"id\": \"round-2026\"", "\"id\": \"\"", "$.surveys[0].id", ProblemCodes.EmptyId },
        { "\"applied\": \"2026-04-01\"", "\"applied\": \"2026-04-01\", \"status\": \"OPEN\"", "$.surveys[0].status", ProblemCodes.UnknownProperty },
    };

    /// <summary>Documents the JSON Schema must refuse, as the reader does: what changes in <see cref="Document"/>.</summary>
    public static TheoryData<string, string, string> BadForSchema => new()
    {
        { "level 5", "\"level\": 3", "\"level\": 5" },
        { "level 2.5", "\"level\": 3", "\"level\": 2.5" },
        { "lower-case frequency", "\"frequency\": \"WEEKLY\"", "\"frequency\": \"weekly\"" },
        { "an unknown property in an answer", "\"worksTogether\": false", "\"worksTogether\": false, \"comment\": \"x\"" },
        { "an answer without worksTogether", "\"worksTogether\": false", "\"worksTogether\": null" },
        { "a level while not working together", "\"worksTogether\": false", "\"worksTogether\": false, \"level\": 2" },
        { "a submitted response without reliable", "\"reliable\": 4, ", string.Empty },
        { "a moment without offset", "\"updated\": \"2026-03-10T09:30:00.0000000Z\"", "\"updated\": \"2026-03-10T09:30:00\"" },
        { "a moment with decimals and without offset", "\"updated\": \"2026-03-10T09:30:00.0000000Z\"", "\"updated\": \"2026-03-10T09:30:00.0000000\"" },
        { "a day for a moment", "\"updated\": \"2026-03-10T09:30:00.0000000Z\"", "\"updated\": \"2026-03-10\"" },
        { "a response without updated", "\"updated\": \"2026-03-10T09:30:00.0000000Z\", ", string.Empty },
        { "an unpadded opening date", "\"opens\": \"2026-03-01\"", "\"opens\": \"2026-3-01\"" },
        { "one invited organization", "\"invited\": [\"o-a\", \"o-b\", \"o-c\"]", "\"invited\": [\"o-a\"]" },
        { "an organization invited twice", "\"invited\": [\"o-a\", \"o-b\", \"o-c\"]", "\"invited\": [\"o-a\", \"o-b\", \"o-c\", \"o-b\"]" },
        { "a blank name", "\"name\": \"Partner survey 2026\"", "\"name\": \"  \"" },
        { "a name of 201 characters", "\"name\": \"Partner survey 2026\"", $"\"name\": \"{new string('n', 201)}\"" },
        { "achievements of 2,001 characters", "\"achieved\": \"Joint holiday meals\"", $"\"achieved\": \"{new string('a', 2_001)}\"" },
        { "an open answer of 4,001 characters", "\"openAnswer\": \"More shared data\"", $"\"openAnswer\": \"{new string('a', 4_001)}\"" },
        { "an unknown property in a round", "\"applied\": \"2026-04-01\"", "\"applied\": \"2026-04-01\", \"status\": \"OPEN\"" },
    };

    [Fact]
    public void Read_DocumentWithoutSurveys_HasNoSurveys()
    {
        const string json = """{"format":"collective-impact-network/1","organizations":[{"id":"o-a","name":"A"}]}""";

        var read = NetworkDocumentReader.Read(json);
        var change = NetworkDocumentReader.ReadChange(json, ChangeMode.Merge, Network.Empty);

        Assert.Empty(read.Problems);
        Assert.Null(read.Surveys);
        Assert.True(change.IsValid);
        Assert.Null(change.Surveys);
    }

    [Fact]
    public void Read_EmptySurveysSection_IsAnEmptyListNotNull()
    {
        var read = NetworkDocumentReader.Read("""{"format":"collective-impact-network/1","surveys":[]}""");

        Assert.Empty(read.Problems);
        Assert.NotNull(read.Surveys);
        Assert.Empty(read.Surveys);
    }

    [Fact]
    public void Read_FullSection_ReadsEveryValueIntoTheRecords()
    {
        var read = NetworkDocumentReader.Read(Document);

        Assert.Empty(read.Problems);
        Assert.NotNull(read.Network);
        var round = Assert.Single(read.Surveys!);
        Assert.Equal(
            ("round-2026", "Partner survey 2026", new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), "What should we do next?"),
            (round.Id, round.Name, round.Opens, round.Closes, round.Question));
        Assert.Equal(["o-a", "o-b", "o-c"], round.Invited);
        Assert.Equal((new DateOnly(2026, 3, 20), new DateOnly(2026, 4, 1)), (round.Closed, round.Applied));
        var response = Assert.Single(round.Responses);
        var at = new DateTimeOffset(2026, 3, 10, 9, 30, 0, TimeSpan.Zero);
        Assert.Equal(("o-a", at, at, "More shared data"), (response.Organization, response.Updated, response.Submitted, response.OpenAnswer));
        Assert.True(response.IsSubmitted);
        Assert.Equal(
            [
                new PartnerAnswer("o-b", true, ContactFrequency.Weekly, Level: 3, Reliable: 4, SupportsMission: 4, OpenToDiscussion: 3,
                    Influence: 3, Involvement: 2, Resources: 2, Achieved: "Joint holiday meals"),
                new PartnerAnswer("o-c", false),
            ],
            response.Answers);
    }

    [Fact]
    public void ReadChange_FullSection_GivesTheRoundsBesideTheChange()
    {
        var result = NetworkDocumentReader.ReadChange(Document, ChangeMode.Merge, Network.Empty);

        Assert.True(result.IsValid);
        Assert.NotNull(result.Change);
        Assert.Equal("round-2026", Assert.Single(result.Surveys!).Id);
    }

    [Fact]
    public void ReadChange_InvitedAndPartnersThatAreNoOrganizations_AreAccepted()
    {
        // A round keeps the ids it was run with: neither the document nor the stored network need hold them.
        var result = NetworkDocumentReader.ReadChange(Document, ChangeMode.Replace, Network.Empty);

        Assert.Empty(result.Problems);
        Assert.Empty(result.Change!.Upserts.Organizations);
    }

    [Fact]
    public void ReadChange_SurveyProblem_RefusesTheDocumentBesideTheNetworksOwnProblems()
    {
        var json = Changed(Document, "\"format\": \"collective-impact-network/1\",", """
            "format": "collective-impact-network/1", "ties": [ { "from": "o-x", "to": "o-y", "type": "REFERS" } ],
            """);

        var result = NetworkDocumentReader.ReadChange(Changed(json, "\"level\": 3", "\"level\": 7"), ChangeMode.Merge, Network.Empty);

        Assert.Null(result.Change);
        Assert.Null(result.Surveys);
        Assert.Contains(result.Problems, p => (p.Path, p.Code) == ($"{Answer0}.level", ProblemCodes.OutOfRange));
        Assert.Contains(result.Problems, p => (p.Path, p.Code) == ("$.ties[0].from", ProblemCodes.UnknownReference));
    }

    [Fact]
    public void Read_DraftMissingScores_IsAccepted()
    {
        var draft = Changed(Changed(Document, Submitted, string.Empty), "\"reliable\": 4, ", string.Empty);

        var read = NetworkDocumentReader.Read(draft);

        Assert.Empty(read.Problems);
        var response = Assert.Single(Assert.Single(read.Surveys!).Responses);
        Assert.False(response.IsSubmitted);
        Assert.Null(response.Answers[0].Reliable);
        Assert.Null(response.Answers[0].Trust);
    }

    [Fact]
    public void Read_SubmittedAnswerWithoutAchievements_IsAccepted()
    {
        var json = Changed(Changed(Document, "\"resources\": 2,", "\"resources\": 2"), "\"achieved\": \"Joint holiday meals\"", string.Empty);

        Assert.Empty(NetworkDocumentReader.Read(json).Problems);
    }

    [Fact]
    public void Read_LongestTexts_AreAccepted()
    {
        var json = Changed(Document, "\"name\": \"Partner survey 2026\"", $"\"name\": \"{new string('n', SurveyRules.MaxNameLength)}\"");
        json = Changed(json, "\"question\": \"What should we do next?\"", $"\"question\": \"{new string('q', SurveyRules.MaxQuestionLength)}\"");
        json = Changed(json, "\"openAnswer\": \"More shared data\"", $"\"openAnswer\": \"{new string('o', SurveyRules.MaxOpenAnswerLength)}\"");
        json = Changed(json, "\"achieved\": \"Joint holiday meals\"", $"\"achieved\": \"{new string('a', SurveyRules.MaxAchievedLength)}\"");

        Assert.Empty(NetworkDocumentReader.Read(json).Problems);
    }

    [Fact]
    public void Read_MomentWithAnOffset_IsTheSameInstant()
    {
        var json = Changed(Document, "\"updated\": \"2026-03-10T09:30:00.0000000Z\"", "\"updated\": \"2026-03-10T10:30:00+01:00\"");

        var response = Assert.Single(Assert.Single(NetworkDocumentReader.Read(json).Surveys!).Responses);

        Assert.Equal(new DateTimeOffset(2026, 3, 10, 9, 30, 0, TimeSpan.Zero), response.Updated);
    }

    [Fact]
    public void Write_Rounds_InCanonicalOrderWithUtcMoments()
    {
        var json = Changed(Document, "\"updated\": \"2026-03-10T09:30:00.0000000Z\"", "\"updated\": \"2026-03-10T10:30:00+01:00\"");
        json = Changed(json, Submitted, "\"submitted\": \"2026-03-10T09:30:00Z\",");
        var read = NetworkDocumentReader.Read(json);

        var written = Encoding.UTF8.GetString(NetworkDocumentWriter.Write(read.Network!, read.Surveys));

        Assert.Equal(
            string.Concat(
                "{'format':'collective-impact-network/1','goals':[],'indicators':[],'measurements':[],'organizations':[],'people':[],'activities':[],'ties':[],",
                "'surveys':[{'id':'round-2026','name':'Partner survey 2026','opens':'2026-03-01','closes':'2026-03-31','question':'What should we do next?',",
                "'invited':['o-a','o-b','o-c'],'closed':'2026-03-20','applied':'2026-04-01',",
                "'responses':[{'organization':'o-a','updated':'2026-03-10T09:30:00.0000000Z','submitted':'2026-03-10T09:30:00.0000000Z','openAnswer':'More shared data',",
                "'answers':[{'partner':'o-b','worksTogether':true,'frequency':'WEEKLY','level':3,'reliable':4,'supportsMission':4,'openToDiscussion':3,",
                "'influence':3,'involvement':2,'resources':2,'achieved':'Joint holiday meals'},{'partner':'o-c','worksTogether':false}]}]}]}").Replace('\'', '"'),
            written);
    }

    [Fact]
    public void Write_RoundWithoutOptionalFields_OmitsThem()
    {
        var round = new SurveyRound("r", "R", new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31), ["o-a", "o-b"])
        {
            Responses = [new SurveyResponse("o-a", new DateTimeOffset(2026, 1, 2, 3, 4, 5, 6, TimeSpan.FromHours(10)), null, [new PartnerAnswer("o-b", true, Level: 2)])],
        };

        var written = Encoding.UTF8.GetString(NetworkDocumentWriter.Write(Network.Empty, [round]));

        Assert.EndsWith(
            string.Concat(
                "'surveys':[{'id':'r','name':'R','opens':'2026-01-01','closes':'2026-01-31','invited':['o-a','o-b'],",
                "'responses':[{'organization':'o-a','updated':'2026-01-01T17:04:05.0060000Z','answers':[{'partner':'o-b','worksTogether':true,'level':2}]}]}]}").Replace('\'', '"'),
            written);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void RoundTrip_WriteReadWrite_IsByteIdentical(bool indented)
    {
        var read = NetworkDocumentReader.Read(Document);
        var first = NetworkDocumentWriter.Write(read.Network!, read.Surveys, indented);

        var again = NetworkDocumentReader.Read(first);
        var second = NetworkDocumentWriter.Write(again.Network!, again.Surveys, indented);

        Assert.Empty(again.Problems);
        Assert.Equal(Encoding.UTF8.GetString(first), Encoding.UTF8.GetString(second));
    }

    [Fact]
    public void Write_NoRounds_WritesNoSurveysPropertyAndTheBytesOfBefore()
    {
        var network = NetworkDocumentReader.Read(NetworkDocumentReaderTests.SpecExample).Network!;
        var before = NetworkDocumentWriter.Write(network);

        var withEmpty = NetworkDocumentWriter.Write(network, []);
        var withNull = NetworkDocumentWriter.Write(network, surveys: null);

        Assert.Equal(before, withEmpty);
        Assert.Equal(before, withNull);
        Assert.DoesNotContain("surveys", Encoding.UTF8.GetString(withEmpty), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BrokenRules))]
    public void Read_BrokenRule_IsRefusedWithItsPathAndCode(string from, string to, string path, string code)
    {
        var json = Changed(Document, from, to);

        var read = NetworkDocumentReader.Read(json);
        var change = NetworkDocumentReader.ReadChange(json, ChangeMode.Merge, Network.Empty);

        Assert.Equal([(path, code)], read.Problems.Select(p => (p.Path, p.Code)));
        Assert.Null(read.Network);
        Assert.Null(read.Surveys);
        Assert.Equal([(path, code)], change.Problems.Select(p => (p.Path, p.Code)));
        Assert.Null(change.Change);
    }

    [Fact]
    public void Read_OneInvited_IsRequiredToBeTwo()
    {
        const string json = """
            {"format":"collective-impact-network/1",
             "surveys":[{"id":"r","name":"R","opens":"2026-01-01","closes":"2026-01-31","invited":["o-a"],"responses":[]}]}
            """;

        var problems = NetworkDocumentReader.Read(json).Problems;

        Assert.Equal([("$.surveys[0].invited", ProblemCodes.Required)], problems.Select(p => (p.Path, p.Code)));
    }

    [Fact]
    public void Read_TwoRoundsOfOneId_IsDuplicateIdAtTheSecond()
    {
        const string json = """
            {"format":"collective-impact-network/1",
             "surveys":[{"id":"r","name":"R","opens":"2026-01-01","closes":"2026-01-31","invited":["o-a","o-b"]},
                        {"id":"r","name":"S","opens":"2026-02-01","closes":"2026-02-28","invited":["o-a","o-b"]}]}
            """;

        var problems = NetworkDocumentReader.Read(json).Problems;

        Assert.Equal([("$.surveys[1].id", ProblemCodes.DuplicateId)], problems.Select(p => (p.Path, p.Code)));
    }

    [Fact]
    public void Read_RoundIdAlsoANodeId_IsAccepted()
    {
        // Round ids are unique among rounds only; the nodes' id space is another.
        const string json = """
            {"format":"collective-impact-network/1","organizations":[{"id":"r","name":"R"}],
             "surveys":[{"id":"r","name":"R","opens":"2026-01-01","closes":"2026-01-31","invited":["o-a","o-b"]}]}
            """;

        Assert.Empty(NetworkDocumentReader.ReadChange(json, ChangeMode.Replace, Network.Empty).Problems);
    }

    [Fact]
    public void Read_DuplicateRoundIdAndABrokenRuleInIt_ReportsBoth()
    {
        const string json = """
            {"format":"collective-impact-network/1",
             "surveys":[{"id":"r","name":"R","opens":"2026-01-01","closes":"2026-01-31","invited":["o-a","o-b"]},
                        {"id":"r","name":"S","opens":"2026-02-01","closes":"2026-01-31","invited":["o-a","o-b"]}]}
            """;

        var problems = NetworkDocumentReader.Read(json).Problems;

        Assert.Equal(
            [("$.surveys[1].id", ProblemCodes.DuplicateId), ("$.surveys[1].closes", ProblemCodes.EndBeforeStart)],
            problems.Select(p => (p.Path, p.Code)));
    }

    [Fact]
    public void Read_TwoResponsesOfOneOrganization_IsDuplicateReference()
    {
        const string json = """
            {"format":"collective-impact-network/1",
             "surveys":[{"id":"r","name":"R","opens":"2026-01-01","closes":"2026-01-31","invited":["o-a","o-b"],
               "responses":[{"organization":"o-a","updated":"2026-01-02T00:00:00Z","answers":[]},
                            {"organization":"o-a","updated":"2026-01-03T00:00:00Z","answers":[]}]}]}
            """;

        var problems = NetworkDocumentReader.Read(json).Problems;

        Assert.Equal([("$.surveys[0].responses[1].organization", ProblemCodes.DuplicateReference)], problems.Select(p => (p.Path, p.Code)));
    }

    [Fact]
    public void Read_ShapeProblemInARound_IsReportedOnceWithoutFollowOnRuleProblems()
    {
        // Unreadable, the level would also be "not answered" (INCOMPLETE_ANSWER), and the closing date would be before
        // the opening: the round is not checked further, so only the shape problems are reported.
        var json = Changed(Document, "\"level\": 3", "\"level\": \"three\"");
        json = Changed(json, "\"frequency\": \"WEEKLY\"", "\"frequency\": \"SOMETIMES\"");
        json = Changed(json, "\"closes\": \"2026-03-31\"", "\"closes\": \"2026-02-28\"");

        var problems = NetworkDocumentReader.Read(json).Problems;

        Assert.Equal(
            [($"{Answer0}.frequency", ProblemCodes.InvalidEnum), ($"{Answer0}.level", ProblemCodes.InvalidType)],
            problems.Select(p => (p.Path, p.Code)));
    }

    [Fact]
    public void Read_ShapeProblemInOneRound_StillChecksTheRulesOfTheOthers()
    {
        const string json = """
            {"format":"collective-impact-network/1",
             "surveys":[{"id":"r","name":"R","opens":"2026-01-01","closes":"2025-01-31","invited":["o-a","o-b"],"note":"x"},
                        {"id":"s","name":"S","opens":"2026-02-01","closes":"2026-01-31","invited":["o-a","o-b"]}]}
            """;

        var problems = NetworkDocumentReader.Read(json).Problems;

        Assert.Equal(
            [("$.surveys[0].note", ProblemCodes.UnknownProperty), ("$.surveys[1].closes", ProblemCodes.EndBeforeStart)],
            problems.Select(p => (p.Path, p.Code)));
    }

    [Fact]
    public void Read_SurveysNotAList_IsInvalidType()
    {
        var problems = NetworkDocumentReader.Read("""{"format":"collective-impact-network/1","surveys":{"id":"r"}}""").Problems;

        Assert.Equal([("$.surveys", ProblemCodes.InvalidType)], problems.Select(p => (p.Path, p.Code)));
    }

    [Fact]
    public void Schema_SurveysSection_IsAccepted()
    {
        var result = Schema.Value.Evaluate(JsonNode.Parse(Document), new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, string.Join("; ", result.Details.Where(d => d.HasErrors).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void Schema_WrittenSurveysAndDraftsWithNulls_AreAccepted()
    {
        var read = NetworkDocumentReader.Read(Document);
        var written = NetworkDocumentWriter.Write(read.Network!, read.Surveys);
        var draft = Changed(Changed(Document, Submitted, "\"submitted\": null,"), "\"reliable\": 4", "\"reliable\": null");
        draft = Changed(draft, "\"question\": \"What should we do next?\"", "\"question\": null");

        Assert.True(Schema.Value.Evaluate(JsonNode.Parse(written)).IsValid);
        Assert.True(Schema.Value.Evaluate(JsonNode.Parse(draft)).IsValid);
        Assert.Empty(NetworkDocumentReader.Read(draft).Problems);
    }

    [Theory]
    [MemberData(nameof(BadForSchema))]
    public void SchemaAndReader_BadSurveysSection_BothReject(string why, string from, string to)
    {
        var json = Changed(Document, from, to);

        var schemaVerdict = Schema.Value.Evaluate(JsonNode.Parse(json)).IsValid;
        var readerProblems = NetworkDocumentReader.Read(json).Problems;

        Assert.False(schemaVerdict, $"The schema accepted a document with {why}.");
        Assert.NotEmpty(readerProblems);
    }

    [Fact]
    public void Schema_FrequencyEnum_MatchesNetworkFormatNames()
    {
        var defs = JsonNode.Parse(File.ReadAllText(RepositoryFiles.PathOf("docs/format/network-format-v1.schema.json")))!["$defs"]!;

        var values = defs["surveyAnswer"]!["properties"]!["frequency"]!["enum"]!.AsArray().Where(v => v is not null).Select(v => v!.GetValue<string>());

        Assert.Equal(NetworkFormat.NamesOf<ContactFrequency>(), values);
    }

    /// <summary><paramref name="json"/> with its one occurrence of <paramref name="from"/> replaced, so a case cannot silently change nothing.</summary>
    private static string Changed(string json, string from, string to)
    {
        var at = json.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0 && json.IndexOf(from, at + 1, StringComparison.Ordinal) < 0, $"'{from}' is not in the document exactly once.");
        return string.Concat(json.AsSpan(0, at), to, json.AsSpan(at + from.Length));
    }
}
