using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Generation;
using CollectiveImpact.Graph.Store.Storage;
using CollectiveImpact.Graph.Store.Validation;
using static CollectiveImpact.Graph.Store.Tests.Support.TestNetworks;

namespace CollectiveImpact.Graph.Store.Tests.Validation;

/// <summary>
/// The consistency rules (docs/format/network-format-v1.md, "Consistency rules" and "Writes"). Each test breaks
/// one rule of the valid <c>TestNetworks.Small()</c> and expects exactly that rule's problem.
/// </summary>
public sealed class NetworkChangeValidatorTests
{
    private static IReadOnlyList<(string Path, string Code)> ReplaceProblems(Network network) =>
        PathsAndCodes(NetworkChangeValidator.Validate(NetworkChange.Replace(network), Network.Empty));

    private static IReadOnlyList<(string Path, string Code)> MergeProblems(NetworkChange change) =>
        PathsAndCodes(NetworkChangeValidator.Validate(change, Small()));

    [Fact]
    public void Validate_SmallNetwork_HasNoProblems()
    {
        Assert.Empty(ReplaceProblems(Small()));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    [InlineData(1234)]
    public void Validate_GeneratedNetworkAsReplaceOrMergeIntoItself_HasNoProblems(int seed)
    {
        var network = NetworkGenerator.Generate(new NetworkGeneratorOptions { Seed = seed, Organizations = 120 });

        Assert.Empty(NetworkChangeValidator.Validate(NetworkChange.Replace(network), Network.Empty));
        Assert.Empty(NetworkChangeValidator.Validate(NetworkChange.Merge(network), network));
    }

    [Fact]
    public void Validate_IdUsedByTwoKinds_ReportsDuplicateIdAtTheSecond()
    {
        var network = Small() with { People = [.. Small().People, new Person("g-ready", "Clash")] };

        var problems = NetworkChangeValidator.Validate(NetworkChange.Replace(network), Network.Empty);

        Assert.Equal([("$.people[2].id", ProblemCodes.DuplicateId)], PathsAndCodes(problems));
        Assert.Contains("$.goals[0]", problems[0].Message);
    }

    [Fact]
    public void Validate_InitiativeIdReusedByAGoal_ReportsDuplicateId()
    {
        var network = Small() with { Goals = [.. Small().Goals, new Goal("logan", "Clash")] };

        Assert.Equal([("$.goals[2].id", ProblemCodes.DuplicateId)], ReplaceProblems(network));
    }

    [Fact]
    public void Validate_MergeWithIdStoredAsAnotherKind_ReportsKindConflict()
    {
        var change = NetworkChange.Merge(Network.Empty with { Goals = [new Goal("o-ed", "Now a goal?")] });

        Assert.Equal([("$.goals[0].id", ProblemCodes.KindConflict)], MergeProblems(change));
    }

    [Fact]
    public void Validate_EveryKindOfReference_UnknownIdsAreReportedAtTheirPaths()
    {
        var small = Small();
        var network = small with
        {
            Initiative = small.Initiative! with { Backbone = "o-none" },
            Indicators = [small.Indicators[0] with { Goal = "g-none" }, small.Indicators[1]],
            Measurements = [small.Measurements[0] with { Indicator = "i-none", ReportedBy = "o-none" }, small.Measurements[1]],
            Organizations = [small.Organizations[0] with { Goals = ["g-ready", "g-none"] }, .. small.Organizations.Skip(1)],
            People = [small.People[0] with { Organization = "o-none" }, small.People[1]],
            Activities = [small.Activities[0] with { Lead = "o-none", Partners = ["o-x", "o-gone"], Indicators = ["i-none"] }, small.Activities[1]],
            Ties = [small.Ties[0] with { To = "o-none" }, .. small.Ties.Skip(1)],
        };

        Assert.Equal(
            [
                ("$.initiative.backbone", ProblemCodes.UnknownReference),
                ("$.indicators[0].goal", ProblemCodes.UnknownReference),
                ("$.measurements[0].indicator", ProblemCodes.UnknownReference),
                ("$.measurements[0].reportedBy", ProblemCodes.UnknownReference),
                ("$.organizations[0].goals[1]", ProblemCodes.UnknownReference),
                ("$.people[0].organization", ProblemCodes.UnknownReference),
                ("$.activities[0].lead", ProblemCodes.UnknownReference),
                ("$.activities[0].partners[1]", ProblemCodes.UnknownReference),
                ("$.activities[0].indicators[0]", ProblemCodes.UnknownReference),
                ("$.ties[0].to", ProblemCodes.UnknownReference),
            ],
            ReplaceProblems(network));
    }

    [Fact]
    public void Validate_ReferenceToWrongKind_ReportsWrongKindNamingBothKinds()
    {
        var small = Small();
        var network = small with { Activities = [small.Activities[0] with { Lead = "g-ready" }, small.Activities[1]] };

        var problems = NetworkChangeValidator.Validate(NetworkChange.Replace(network), Network.Empty);

        Assert.Equal([("$.activities[0].lead", ProblemCodes.WrongKind)], PathsAndCodes(problems));
        Assert.Equal("Activity 'a-kindy' names lead 'g-ready', which is a goal, not an organization.", problems[0].Message);
    }

    [Theory]
    [InlineData("p-1", "o-ed", TieType.Communicates)]
    [InlineData("o-ed", "p-1", TieType.Collaborates)]
    [InlineData("a-kindy", "o-ed", TieType.Funds)]
    [InlineData("o-ed", "a-kindy", TieType.FeedsInto)]
    [InlineData("o-ed", "g-ready", TieType.SharesData)]
    [InlineData("o-ed", "a-kindy", TieType.Refers)]
    public void Validate_TieEndsOfKindsTheTypeDoesNotAllow_ReportsInvalidTieEnds(string from, string to, TieType type)
    {
        var network = Small() with { Ties = [new Tie(from, to, type)] };

        var problems = NetworkChangeValidator.Validate(NetworkChange.Replace(network), Network.Empty);

        Assert.Equal([("$.ties[0]", ProblemCodes.InvalidTieEnds)], PathsAndCodes(problems));
        Assert.Contains(TieRules.DescribeEnds(type), problems[0].Message);
    }

    [Fact]
    public void Validate_SelfTie_ReportsSelfTie()
    {
        Assert.Equal([("$.ties[0]", ProblemCodes.SelfTie)], ReplaceProblems(Small() with { Ties = [new Tie("o-ed", "o-ed", TieType.Refers)] }));
    }

    [Fact]
    public void Validate_UndirectedTieGivenBothWays_ReportsDuplicateTie()
    {
        var network = Small() with { Ties = [new Tie("o-ed", "o-x", TieType.Collaborates), new Tie("o-x", "o-ed", TieType.Collaborates, 2)] };

        Assert.Equal([("$.ties[1]", ProblemCodes.DuplicateTie)], ReplaceProblems(network));
    }

    [Fact]
    public void Validate_DirectedTieGivenBothWays_IsTwoTies()
    {
        var network = Small() with { Ties = [new Tie("o-ed", "o-x", TieType.Refers), new Tie("o-x", "o-ed", TieType.Refers)] };

        Assert.Empty(ReplaceProblems(network));
    }

    [Fact]
    public void Validate_TwoMeasurementsOfOneIndicatorOnOneDate_ReportsDuplicateMeasurement()
    {
        var small = Small();
        var network = small with { Measurements = [.. small.Measurements, small.Measurements[0] with { Value = 1 }] };

        Assert.Equal([("$.measurements[2]", ProblemCodes.DuplicateMeasurement)], ReplaceProblems(network));
    }

    [Fact]
    public void Validate_PartnerTwiceAndLeadAsPartner_ReportsEach()
    {
        var small = Small();
        var network = small with { Activities = [small.Activities[0] with { Partners = ["o-x", "o-ed", "o-x"] }, small.Activities[1]] };

        Assert.Equal(
            [("$.activities[0].partners[2]", ProblemCodes.DuplicatePartner), ("$.activities[0].partners[1]", ProblemCodes.LeadIsPartner)],
            ReplaceProblems(network));
    }

    [Fact]
    public void Validate_GoalCommittedTwice_ReportsDuplicateReference()
    {
        var small = Small();
        var network = small with { Organizations = [small.Organizations[0] with { Goals = ["g-ready", "g-ready"] }, .. small.Organizations.Skip(1)] };

        Assert.Equal([("$.organizations[0].goals[1]", ProblemCodes.DuplicateReference)], ReplaceProblems(network));
    }

    [Fact]
    public void Validate_EndsBeforeItStarts_ReportsEndBeforeStartForActivitiesAndTies()
    {
        var small = Small();
        var network = small with
        {
            Activities = [small.Activities[0] with { End = new DateOnly(2019, 12, 31) }, small.Activities[1]],
            Ties = [small.Ties[0] with { Until = new DateOnly(2019, 1, 1) }],
        };

        Assert.Equal([("$.activities[0].end", ProblemCodes.EndBeforeStart), ("$.ties[0].until", ProblemCodes.EndBeforeStart)], ReplaceProblems(network));
    }

    [Fact]
    public void Validate_ValuesACodeBuiltChangeCanHold_ReportsEmptyIdBadWeightAndNonFiniteNumbers()
    {
        var small = Small();
        var network = small with
        {
            Goals = [.. small.Goals, new Goal("", "No id")],
            Measurements = [small.Measurements[0] with { Value = double.NaN }, small.Measurements[1]],
            Ties = [small.Ties[0] with { Weight = 0 }],
        };

        Assert.Equal(
            [("$.goals[2].id", ProblemCodes.EmptyId), ("$.measurements[0].value", ProblemCodes.InvalidNumber), ("$.ties[0].weight", ProblemCodes.InvalidWeight)],
            ReplaceProblems(network));
    }

    [Fact]
    public void Validate_MergeReferencingStoredNodes_IsValid()
    {
        var change = NetworkChange.Merge(Network.Empty with
        {
            Activities = [new Activity("a-new", "New", "o-ed", ["o-x"], ["i-jobs"])],
            Ties = [new Tie("a-school", "a-new", TieType.FeedsInto), new Tie("o-x", "o-ed", TieType.Collaborates, 5)],
        });

        Assert.Empty(MergeProblems(change));
    }

    [Fact]
    public void Validate_MustBeNewIdAlreadyStored_ReportsAlreadyExists()
    {
        var change = NetworkChange.Merge(Network.Empty with { Goals = [new Goal("g-ready", "Again")] }) with { MustBeNew = ["g-ready"] };

        Assert.Equal([("$.goals[0].id", ProblemCodes.AlreadyExists)], MergeProblems(change));
    }

    [Fact]
    public void Validate_MustExistIdNotStored_ReportsNotFound()
    {
        var change = NetworkChange.Merge(Network.Empty with { Goals = [new Goal("g-new", "Update?")] }) with { MustExist = ["g-new"] };

        Assert.Equal([("$.goals[0].id", ProblemCodes.NotFound)], MergeProblems(change));
    }

    [Fact]
    public void Validate_DeletingAnOrganizationStillReferenced_ListsEveryReferrer()
    {
        var change = NetworkChange.Merge(Network.Empty with { People = [new Person("p-new", "New", "o-ed")] }) with { DeleteNodes = ["o-ed"] };

        var problems = NetworkChangeValidator.Validate(change, Small());

        Assert.Equal([("$.delete.nodes[0]", ProblemCodes.StillReferenced)], PathsAndCodes(problems));
        var message = problems[0].Message;
        Assert.Contains("person 'p-new' (organization) at $.people[0].organization", message);
        Assert.Contains("stored person 'p-1' (organization)", message);
        Assert.Contains("stored activity 'a-kindy' (lead)", message);
        Assert.Contains("stored activity 'a-school' (partners)", message);
        Assert.Contains("(reporter)", message);
        Assert.DoesNotContain("tie", message);
    }

    [Fact]
    public void Validate_DeletingNodesWhoseOnlyReferrersGoWithThem_IsValid()
    {
        // o-x: its ties cascade, its person and the activity naming it are deleted or replaced in the same change.
        // i-jobs: no activity names it; its measurements (none) would cascade.
        var small = Small();
        var change = NetworkChange.Merge(Network.Empty with { Activities = [small.Activities[0] with { Partners = [] }] })
            with
        { DeleteNodes = ["o-x", "p-2", "i-jobs"] };

        Assert.Empty(MergeProblems(change));
    }

    [Fact]
    public void Validate_DeletingAnIndicatorWithMeasurements_CascadesThemButNotActivityReferences()
    {
        var change = new NetworkChange(Network.Empty, DeleteNodes: ["i-kindy"]);

        var problems = NetworkChangeValidator.Validate(change, Small());

        Assert.Equal([("$.delete.nodes[0]", ProblemCodes.StillReferenced)], PathsAndCodes(problems));
        Assert.DoesNotContain("measurement", problems[0].Message);
        Assert.Contains("activity 'a-kindy' (indicators)", problems[0].Message);
    }

    [Fact]
    public void Validate_DeletingWhatIsNotStored_ReportsNotFoundForNodesTiesAndMeasurements()
    {
        var change = new NetworkChange(
            Network.Empty,
            DeleteNodes: ["o-none"],
            DeleteTies: [new TieKey("o-x", "o-ed", TieType.Collaborates), new TieKey("o-x", "o-ed", TieType.Refers)],
            DeleteMeasurements: [new MeasurementKey("i-kindy", new DateOnly(2022, 6, 30)), new MeasurementKey("i-kindy", new DateOnly(2000, 1, 1))]);

        Assert.Equal(
            [("$.delete.nodes[0]", ProblemCodes.NotFound), ("$.delete.ties[1]", ProblemCodes.NotFound), ("$.delete.measurements[1]", ProblemCodes.NotFound)],
            MergeProblems(change));
    }

    [Fact]
    public void Validate_DeletingAndWritingTheSameThing_ReportsDeletedAndUpserted()
    {
        var small = Small();
        var change = new NetworkChange(
            Network.Empty with { Goals = [small.Goals[1]], Ties = [small.Ties[0]] },
            DeleteNodes: ["g-work"],
            DeleteTies: [small.Ties[0].Key]);

        Assert.Equal([("$.delete.nodes[0]", ProblemCodes.DeletedAndUpserted), ("$.delete.ties[0]", ProblemCodes.DeletedAndUpserted)], MergeProblems(change));
    }

    [Fact]
    public void Validate_ReplaceWithDeletions_ReportsDeleteWithReplace()
    {
        var change = NetworkChange.Replace(Small()) with { DeleteNodes = ["o-x"] };

        Assert.Equal([("$.delete", ProblemCodes.DeleteWithReplace)], PathsAndCodes(NetworkChangeValidator.Validate(change, Small())));
    }
}
