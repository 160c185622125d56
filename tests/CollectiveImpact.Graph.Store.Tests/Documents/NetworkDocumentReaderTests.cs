using CollectiveImpact.Graph.Store.Documents;
using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Storage;
using CollectiveImpact.Graph.Store.Validation;
using static CollectiveImpact.Graph.Store.Tests.Support.TestNetworks;

namespace CollectiveImpact.Graph.Store.Tests.Documents;

/// <summary>
/// The reader's shape rules (docs/format/network-format-v1.md, "Shape rules"). The example document is the one
/// in the spec (network-format.md) verbatim.
/// </summary>
public sealed class NetworkDocumentReaderTests
{
    internal const string SpecExample = """
        {
          "format": "collective-impact-network/1",
          "initiative": { "id": "logan", "name": "Logan Together", "backbone": "o-backbone", "description": "..." },
          "goals":        [ { "id": "g-ready", "name": "Children ready for school", "description": "..." } ],
          "indicators":   [ { "id": "i-kindy", "name": "Kindy enrolment", "goal": "g-ready", "unit": "%",
                              "direction": "INCREASE",
                              "baseline": { "value": 72.0, "date": "2019-01-01" },
                              "target":   { "value": 90.0, "date": "2025-12-31" } } ],
          "measurements": [ { "indicator": "i-kindy", "date": "2022-06-30", "value": 78.5, "reportedBy": "o-ed" } ],
          "organizations":[ { "id": "o-ed", "name": "Dept of Education", "sector": "GOVERNMENT",
                              "communityLed": false, "goals": ["g-ready"] } ],
          "people":       [ { "id": "p-1", "name": "A. Person", "organization": "o-ed", "role": "Principal",
                              "email": "a@example.org", "communityMember": false } ],
          "activities":   [ { "id": "a-kindy", "name": "Going to Kindy", "lead": "o-ed", "partners": ["o-x"],
                              "indicators": ["i-kindy"], "populations": ["children-3-5"], "places": ["logan-central"],
                              "status": "ACTIVE", "start": "2020-02-01", "end": null } ],
          "ties":         [ { "from": "o-ed", "to": "o-x", "type": "COLLABORATES", "weight": 3, "since": "2020-01-01", "until": null } ]
        }
        """;

    [Fact]
    public void Read_SpecExample_ReadsEveryField()
    {
        var result = NetworkDocumentReader.Read(SpecExample);

        Assert.Empty(result.Problems);
        var network = Assert.IsType<Network>(result.Network);
        Assert.Equal(new Initiative("logan", "Logan Together", "o-backbone", "..."), network.Initiative);
        var indicator = Assert.Single(network.Indicators);
        Assert.Equal(("i-kindy", "g-ready", "%", Direction.Increase), (indicator.Id, indicator.Goal, indicator.Unit, indicator.Direction));
        Assert.Equal(new DatedValue(72.0, new DateOnly(2019, 1, 1)), indicator.Baseline);
        Assert.Equal(new DatedValue(90.0, new DateOnly(2025, 12, 31)), indicator.Target);
        Assert.Equal(new Measurement("i-kindy", new DateOnly(2022, 6, 30), 78.5, "o-ed"), Assert.Single(network.Measurements));
        var organization = Assert.Single(network.Organizations);
        Assert.Equal((Sector.Government, false), (organization.Sector, organization.CommunityLed));
        Assert.Equal(["g-ready"], organization.Goals);
        Assert.Equal(new Person("p-1", "A. Person", "o-ed", "Principal", "a@example.org", false), Assert.Single(network.People));
        var activity = Assert.Single(network.Activities);
        Assert.Equal(["o-x"], activity.Partners);
        Assert.Equal(["children-3-5"], activity.Populations);
        Assert.Equal((ActivityStatus.Active, new DateOnly(2020, 2, 1), (DateOnly?)null), (activity.Status, activity.Start, activity.End));
        Assert.Equal(new Tie("o-ed", "o-x", TieType.Collaborates, 3, new DateOnly(2020, 1, 1)), Assert.Single(network.Ties));
    }

    [Fact]
    public void Read_OnlyFormat_ListsDefaultToEmptyAndInitiativeIsOptional()
    {
        var result = NetworkDocumentReader.Read("""{ "format": "collective-impact-network/1" }""");

        Assert.Empty(result.Problems);
        Assert.Equal(Network.Empty.Counts, result.Network!.Counts);
        Assert.Null(result.Network.Initiative);
    }

    [Fact]
    public void Read_NullOptionalsAndOmittedDefaults_ReadAsAbsentAndDefaults()
    {
        var result = NetworkDocumentReader.Read("""
            { "format": "collective-impact-network/1",
              "organizations": [ { "id": "o", "name": "O", "sector": null, "goals": null } ],
              "indicators": [ { "id": "i", "name": "I", "goal": "g" } ],
              "ties": [ { "from": "a", "to": "b", "type": "SHARES_DATA", "weight": null } ] }
            """);

        Assert.Empty(result.Problems);
        var organization = Assert.Single(result.Network!.Organizations);
        Assert.Equal((null, false, 0), (organization.Sector, organization.CommunityLed, organization.Goals.Count));
        Assert.Equal(Direction.Increase, result.Network.Indicators[0].Direction);
        Assert.Null(result.Network.Ties[0].Weight);
        Assert.Equal(1.0, result.Network.Ties[0].EffectiveWeight);
    }

    [Fact]
    public void Read_MalformedJson_ReportsOneProblemWithLineAndByte()
    {
        var result = NetworkDocumentReader.Read("{\n  \"format\": \"collective-impact-network/1\",\n  \"goals\": [ { \"id\": \"g\" ]\n}");

        var problem = Assert.Single(result.Problems);
        Assert.Null(result.Network);
        Assert.Equal(("$", ProblemCodes.InvalidJson), (problem.Path, problem.Code));
        Assert.Contains("line 3", problem.Message);
    }

    [Theory]
    [InlineData("[]", "an array")]
    [InlineData("\"network\"", "a string")]
    [InlineData("null", "null")]
    public void Read_RootNotAnObject_ReportsInvalidType(string json, string described)
    {
        var problem = Assert.Single(NetworkDocumentReader.Read(json).Problems);

        Assert.Equal(("$", ProblemCodes.InvalidType), (problem.Path, problem.Code));
        Assert.Contains(described, problem.Message);
    }

    [Theory]
    [InlineData("""{ }""", ProblemCodes.Required)]
    [InlineData("""{ "format": "collective-impact-network/2" }""", ProblemCodes.UnsupportedFormat)]
    [InlineData("""{ "format": 1 }""", ProblemCodes.InvalidType)]
    public void Read_MissingOrWrongFormat_ReportsIt(string json, string code)
    {
        var problem = Assert.Single(NetworkDocumentReader.Read(json).Problems);

        Assert.Equal(("$.format", code), (problem.Path, problem.Code));
        Assert.Contains("format", problem.Message);
    }

    [Fact]
    public void Read_UnknownProperties_NamesEachOne()
    {
        var result = NetworkDocumentReader.Read("""
            { "format": "collective-impact-network/1", "version": 2,
              "organizations": [ { "id": "o", "name": "O", "colour": "red" } ],
              "indicators": [ { "id": "i", "name": "I", "goal": "g", "baseline": { "value": 1, "when": "2020-01-01" } } ] }
            """);

        Assert.Equal(
            [("$.indicators[0].baseline.when", ProblemCodes.UnknownProperty), ("$.organizations[0].colour", ProblemCodes.UnknownProperty), ("$.version", ProblemCodes.UnknownProperty)],
            PathsAndCodes(result.Problems).Order());
        Assert.Contains("'colour'", result.Problems.Single(p => p.Path.EndsWith("colour", StringComparison.Ordinal)).Message);
        Assert.Null(result.Network);
    }

    [Theory]
    [InlineData("goals", """{ "name": "G" }""", "id")]
    [InlineData("goals", """{ "id": "g" }""", "name")]
    [InlineData("goals", """{ "id": "g", "name": null }""", "name")]
    [InlineData("indicators", """{ "id": "i", "name": "I" }""", "goal")]
    [InlineData("measurements", """{ "date": "2020-01-01", "value": 1 }""", "indicator")]
    [InlineData("measurements", """{ "indicator": "i", "value": 1 }""", "date")]
    [InlineData("measurements", """{ "indicator": "i", "date": "2020-01-01" }""", "value")]
    [InlineData("organizations", """{ "name": "O" }""", "id")]
    [InlineData("people", """{ "id": "p" }""", "name")]
    [InlineData("activities", """{ "id": "a", "name": "A" }""", "lead")]
    [InlineData("ties", """{ "to": "b", "type": "REFERS" }""", "from")]
    [InlineData("ties", """{ "from": "a", "type": "REFERS" }""", "to")]
    [InlineData("ties", """{ "from": "a", "to": "b" }""", "type")]
    public void Read_MissingRequiredField_ReportsRequiredAtItsPath(string list, string entry, string field)
    {
        var result = NetworkDocumentReader.Read($$"""{ "format": "collective-impact-network/1", "{{list}}": [ {{entry}} ] }""");

        var problem = Assert.Single(result.Problems);
        Assert.Equal(($"$.{list}[0].{field}", ProblemCodes.Required), (problem.Path, problem.Code));
        Assert.Contains($"'{field}'", problem.Message);
    }

    [Fact]
    public void Read_InitiativeWithoutId_ReportsRequired()
    {
        var problem = Assert.Single(NetworkDocumentReader.Read("""{ "format": "collective-impact-network/1", "initiative": { "name": "X" } }""").Problems);

        Assert.Equal(("$.initiative.id", ProblemCodes.Required), (problem.Path, problem.Code));
    }

    [Theory]
    [InlineData("""{ "format": "collective-impact-network/1", "goals": {} }""", "$.goals")]
    [InlineData("""{ "format": "collective-impact-network/1", "goals": [ 7 ] }""", "$.goals[0]")]
    [InlineData("""{ "format": "collective-impact-network/1", "goals": [ { "id": 7, "name": "G" } ] }""", "$.goals[0].id")]
    [InlineData("""{ "format": "collective-impact-network/1", "organizations": [ { "id": "o", "name": "O", "communityLed": "yes" } ] }""", "$.organizations[0].communityLed")]
    [InlineData("""{ "format": "collective-impact-network/1", "organizations": [ { "id": "o", "name": "O", "goals": "g" } ] }""", "$.organizations[0].goals")]
    [InlineData("""{ "format": "collective-impact-network/1", "activities": [ { "id": "a", "name": "A", "lead": "o", "partners": ["x", 2] } ] }""", "$.activities[0].partners[1]")]
    [InlineData("""{ "format": "collective-impact-network/1", "measurements": [ { "indicator": "i", "date": "2020-01-01", "value": "1.5" } ] }""", "$.measurements[0].value")]
    [InlineData("""{ "format": "collective-impact-network/1", "ties": [ { "from": "a", "to": "b", "type": "REFERS", "weight": "3" } ] }""", "$.ties[0].weight")]
    [InlineData("""{ "format": "collective-impact-network/1", "indicators": [ { "id": "i", "name": "I", "goal": "g", "target": 90 } ] }""", "$.indicators[0].target")]
    public void Read_ValueOfWrongType_ReportsInvalidTypeAtItsPath(string json, string path)
    {
        var problem = Assert.Single(NetworkDocumentReader.Read(json).Problems);

        Assert.Equal((path, ProblemCodes.InvalidType), (problem.Path, problem.Code));
    }

    [Theory]
    [InlineData("organizations", """{ "id": "o", "name": "O", "sector": "nonprofit" }""", "sector", "NONPROFIT, GOVERNMENT, BUSINESS, PHILANTHROPY, EDUCATION, HEALTH, COMMUNITY, FAITH, RESEARCH, OTHER")]
    [InlineData("indicators", """{ "id": "i", "name": "I", "goal": "g", "direction": "UP" }""", "direction", "INCREASE, DECREASE")]
    [InlineData("activities", """{ "id": "a", "name": "A", "lead": "o", "status": "DONE" }""", "status", "PLANNED, ACTIVE, COMPLETED")]
    [InlineData("ties", """{ "from": "a", "to": "b", "type": "SharesData" }""", "type", "COLLABORATES, COMMUNICATES, FUNDS, REFERS, SHARES_DATA, FEEDS_INTO")]
    public void Read_UnknownEnumValue_ReportsInvalidEnumListingAllowedValues(string list, string entry, string field, string allowed)
    {
        var problem = Assert.Single(NetworkDocumentReader.Read($$"""{ "format": "collective-impact-network/1", "{{list}}": [ {{entry}} ] }""").Problems);

        Assert.Equal(($"$.{list}[0].{field}", ProblemCodes.InvalidEnum), (problem.Path, problem.Code));
        Assert.Contains(allowed, problem.Message);
    }

    [Theory]
    [InlineData("2023-02-29")]
    [InlineData("2023-2-1")]
    [InlineData("2023-13-01")]
    [InlineData("2023-02-01T00:00:00")]
    [InlineData("01/02/2023")]
    [InlineData("")]
    public void Read_MalformedDate_ReportsInvalidDate(string date)
    {
        var result = NetworkDocumentReader.Read($$"""
            { "format": "collective-impact-network/1", "measurements": [ { "indicator": "i", "date": "{{date}}", "value": 1 } ] }
            """);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("$.measurements[0].date", ProblemCodes.InvalidDate), (problem.Path, problem.Code));
        Assert.Contains("YYYY-MM-DD", problem.Message);
    }

    [Fact]
    public void Read_LeapDay_IsARealDate()
    {
        var result = NetworkDocumentReader.Read("""
            { "format": "collective-impact-network/1", "measurements": [ { "indicator": "i", "date": "2024-02-29", "value": 1 } ] }
            """);

        Assert.Empty(result.Problems);
        Assert.Equal(new DateOnly(2024, 2, 29), result.Network!.Measurements[0].Date);
    }

    [Fact]
    public void Read_EmptyId_ReportsEmptyId()
    {
        var problem = Assert.Single(NetworkDocumentReader.Read("""{ "format": "collective-impact-network/1", "people": [ { "id": "", "name": "P" } ] }""").Problems);

        Assert.Equal(("$.people[0].id", ProblemCodes.EmptyId), (problem.Path, problem.Code));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-2.5")]
    public void Read_TieWeightNotPositive_ReportsInvalidWeight(string weight)
    {
        var problem = Assert.Single(NetworkDocumentReader.Read($$"""
            { "format": "collective-impact-network/1", "ties": [ { "from": "a", "to": "b", "type": "COLLABORATES", "weight": {{weight}} } ] }
            """).Problems);

        Assert.Equal(("$.ties[0].weight", ProblemCodes.InvalidWeight), (problem.Path, problem.Code));
    }

    [Fact]
    public void Read_NumberBeyondDoubleRange_ReportsInvalidNumber()
    {
        var problem = Assert.Single(NetworkDocumentReader.Read("""
            { "format": "collective-impact-network/1", "measurements": [ { "indicator": "i", "date": "2020-01-01", "value": 1e400 } ] }
            """).Problems);

        Assert.Equal(("$.measurements[0].value", ProblemCodes.InvalidNumber), (problem.Path, problem.Code));
    }

    [Fact]
    public void Read_PropertyGivenTwice_ReportsDuplicateProperty()
    {
        var problem = Assert.Single(NetworkDocumentReader.Read("""
            { "format": "collective-impact-network/1", "goals": [ { "id": "g", "name": "G", "name": "H" } ] }
            """).Problems);

        Assert.Equal(("$.goals[0].name", ProblemCodes.DuplicateProperty), (problem.Path, problem.Code));
    }

    [Fact]
    public void Read_StringStreamBytesAndByteOrderMark_AllReadTheSame()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(SpecExample);
        byte[] withBom = [0xEF, 0xBB, 0xBF, .. bytes];

        var expected = Canonical(NetworkDocumentReader.Read(bytes).Network!);

        Assert.Equal(expected, Canonical(NetworkDocumentReader.Read(SpecExample).Network!));
        Assert.Equal(expected, Canonical(NetworkDocumentReader.Read(new MemoryStream(bytes)).Network!));
        Assert.Equal(expected, Canonical(NetworkDocumentReader.Read(withBom).Network!));
    }

    [Fact]
    public void ReadChange_DocumentWithManyProblems_ReportsEveryOneWithoutFollowOnNoise()
    {
        // Shape problems (sector, date, missing lead, missing org id, bad weight) and consistency problems
        // (duplicate id, unknown goal, self-tie, wrong tie ends) in one document.
        const string json = """
            { "format": "collective-impact-network/1",
              "goals": [ { "id": "g-1", "name": "G" } ],
              "indicators": [ { "id": "i-1", "name": "I", "goal": "g-404" } ],
              "organizations": [
                { "id": "o-1", "name": "One", "sector": "CHARITY" },
                { "name": "No id" },
                { "id": "g-1", "name": "Clash" } ],
              "activities": [
                { "id": "a-1", "name": "A", "start": "2020-02-30" },
                { "id": "a-2", "name": "B", "lead": "o-ghost" } ],
              "ties": [
                { "from": "o-1", "to": "o-1", "type": "REFERS" },
                { "from": "o-1", "to": "a-1", "type": "COLLABORATES", "weight": -1 } ] }
            """;

        var result = NetworkDocumentReader.ReadChange(System.Text.Encoding.UTF8.GetBytes(json), ChangeMode.Replace, Network.Empty);

        Assert.Null(result.Change);
        Assert.Equal(
            [
                ("$.organizations[0].sector", ProblemCodes.InvalidEnum),
                ("$.organizations[1].id", ProblemCodes.Required),
                ("$.activities[0].lead", ProblemCodes.Required),
                ("$.activities[0].start", ProblemCodes.InvalidDate),
                ("$.ties[1].weight", ProblemCodes.InvalidWeight),
                ("$.organizations[2].id", ProblemCodes.DuplicateId),
                ("$.indicators[0].goal", ProblemCodes.UnknownReference),
                ("$.ties[0]", ProblemCodes.SelfTie),
                ("$.ties[1]", ProblemCodes.InvalidTieEnds),
            ],
            PathsAndCodes(result.Problems));

        // 'o-ghost' might be the organization whose id is missing, so it is not reported as unknown.
        Assert.DoesNotContain(result.Problems, p => p.Path == "$.activities[1].lead");
    }

    [Fact]
    public void ReadChange_MoreProblemsThanTheCap_ListsTheFirstAndCountsThemAll()
    {
        // 1,000 ties between nodes that exist nowhere: two unknown references each.
        var ties = string.Join(",", Enumerable.Range(0, 1000).Select(i => $$"""{"from":"x-{{i}}","to":"y-{{i}}","type":"COLLABORATES"}"""));
        var json = $$"""{"format":"collective-impact-network/1","ties":[{{ties}}]}""";
        var all = NetworkDocumentReader.ReadChange(json, ChangeMode.Merge, Network.Empty);

        var capped = NetworkDocumentReader.ReadChange(System.Text.Encoding.UTF8.GetBytes(json), ChangeMode.Merge, Network.Empty, maxProblems: 10);

        Assert.Equal(2000, all.ProblemCount);
        Assert.Equal(2000, all.Problems.Count);
        Assert.Equal(2000, capped.ProblemCount);
        Assert.Equal(all.Problems.Take(10), capped.Problems);
        Assert.False(capped.IsValid);
        Assert.Null(capped.Change);
    }

    [Fact]
    public void ReadChange_MergeReferencingStoredIds_IsValid()
    {
        const string json = """
            { "format": "collective-impact-network/1",
              "people": [ { "id": "p-9", "name": "New Person", "organization": "o-ed" } ],
              "ties": [ { "from": "p-9", "to": "p-1", "type": "COMMUNICATES" } ] }
            """;

        var merge = NetworkDocumentReader.ReadChange(json, ChangeMode.Merge, Small());
        var replace = NetworkDocumentReader.ReadChange(json, ChangeMode.Replace, Small());

        Assert.Empty(merge.Problems);
        Assert.Equal(ChangeMode.Merge, merge.Change!.Mode);
        Assert.Equal("p-9", Assert.Single(merge.Change.Upserts.People).Id);
        Assert.Equal(
            [("$.people[0].organization", ProblemCodes.UnknownReference), ("$.ties[0].to", ProblemCodes.UnknownReference)],
            PathsAndCodes(replace.Problems));
    }

    [Fact]
    public void ReadChange_MessageNamesReferrerAndMissingReference()
    {
        var result = NetworkDocumentReader.ReadChange("""
            { "format": "collective-impact-network/1",
              "activities": [ { "id": "a-kindy", "name": "Going to Kindy", "lead": "o-x" } ] }
            """, ChangeMode.Merge, Network.Empty);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(
            "Activity 'a-kindy' names lead 'o-x', which is not an organization in the document or the stored network.",
            problem.Message);
    }

    /// <summary>
    /// Well-formed entries are read straight from the bytes and a faulty one is read again alone
    /// (<see cref="FastEntryReader"/>): order and paths run on past it, in a list read slowly (goals) and one read
    /// fast (organizations).
    /// </summary>
    [Fact]
    public void Read_LongListsWithOneFaultyEntry_KeepOrderAndNameTheFaultyEntry()
    {
        const int count = 1031;
        const int bad = 515;
        var goals = string.Join(",\n", Enumerable.Range(0, count).Select(i =>
            i == bad ? $"{{ \"id\": \"g{i}\" }}" : $"{{ \"id\": \"g{i}\", \"name\": \"Goal {i}\" }}"));
        var organizations = string.Join(",\n", Enumerable.Range(0, count).Select(i =>
            i == bad ? $"{{ \"id\": \"o{i}\", \"name\": \"Org {i}\", \"sector\": \"nonprofit\" }}" : $"{{ \"id\": \"o{i}\", \"name\": \"Org {i}\", \"sector\": \"NONPROFIT\" }}"));
        var document = $$"""{ "format": "collective-impact-network/1", "goals": [ {{goals}} ], "organizations": [ {{organizations}} ] }""";
        var valid = document
            .Replace($"{{ \"id\": \"g{bad}\" }}", $"{{ \"id\": \"g{bad}\", \"name\": \"Goal {bad}\" }}", StringComparison.Ordinal)
            .Replace("\"nonprofit\"", "\"NONPROFIT\"", StringComparison.Ordinal);

        var refused = NetworkDocumentReader.Read(document);
        var read = NetworkDocumentReader.Read(valid);

        Assert.Equal([$"$.goals[{bad}].name", $"$.organizations[{bad}].sector"], refused.Problems.Select(p => p.Path));
        Assert.Empty(read.Problems);
        Assert.Equal(Enumerable.Range(0, count).Select(i => $"g{i}"), read.Network!.Goals.Select(g => g.Id));
        Assert.Equal(Enumerable.Range(0, count).Select(i => $"o{i}"), read.Network.Organizations.Select(o => o.Id));
        Assert.Equal($"Goal {count - 1}", read.Network.Goals[^1].Name);
    }
}
