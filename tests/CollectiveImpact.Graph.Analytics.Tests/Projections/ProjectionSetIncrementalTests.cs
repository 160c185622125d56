using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Generation;
using CollectiveImpact.Graph.Store.Storage;
using CollectiveImpact.Graph.Store.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CollectiveImpact.Graph.Analytics.Tests.Projections;

/// <summary>
/// Projections carried over from one version to the next (<see cref="ProjectionSet(NetworkSnapshot, ProjectionSet?)"/>):
/// reused, updated in place or rebuilt, they must equal a fresh projection of the new version, content and fingerprint.
/// The expected values are the fresh builds themselves (<see cref="NetworkProjector"/>, checked against NetworkX in
/// <see cref="NetworkProjectorTests"/>); the networks come from <see cref="NetworkGenerator"/> and random writes.
/// </summary>
public sealed class ProjectionSetIncrementalTests
{
    private static readonly ProjectionKind[] Kinds = Enum.GetValues<ProjectionKind>();

    [Property(MaxTest = 60)]
    public Property Carried_AnySequenceOfWrites_EqualsAFreshBuild(int seed, byte size)
    {
        var random = new Random(seed);
        var network = NetworkGenerator.Generate(new NetworkGeneratorOptions { Seed = seed, Organizations = 2 + size % 20 });
        var carried = BuiltSet(new NetworkSnapshot(1, network), previous: null);
        var log = new List<string>();
        for (var version = 2; version <= 9; version++)
        {
            var (what, change) = RandomWrite(network, random);
            log.Add(what);
            network = NetworkChangeApplier.Apply(network, change);
            var snapshot = new NetworkSnapshot(version, network);
            carried = BuiltSet(snapshot, carried);
            var fresh = new ProjectionSet(snapshot);
            foreach (var kind in Kinds)
            {
                if (Describe(carried.Get(kind)) != Describe(fresh.Get(kind)) || carried.Get(kind).Fingerprint != fresh.Get(kind).Fingerprint)
                {
                    return false.Label($"seed {seed}: {kind} differs from a fresh build after {string.Join(", ", log)}");
                }
            }
        }

        return true.ToProperty();
    }

    [Fact]
    public void Carry_GoalDescriptionChange_ReusesEveryProjection()
    {
        var network = ProjectionNetworks.Sample();
        var before = BuiltSet(new NetworkSnapshot(1, network), previous: null);
        var change = NetworkChange.Merge(Network.Empty with { Goals = [new Goal("g1", "Goal one", "A new description")] });

        var after = new ProjectionSet(new NetworkSnapshot(2, NetworkChangeApplier.Apply(network, change)), before);

        foreach (var kind in Kinds)
        {
            Assert.Equal(ProjectionOrigin.Reused, after.OriginOf(kind));
            Assert.Same(before.Get(kind), after.Get(kind));
        }
    }

    [Fact]
    public void Carry_OrganizationRenamed_UpdatesInPlaceAndRebuildsNothing()
    {
        var network = ProjectionNetworks.Sample();
        var before = BuiltSet(new NetworkSnapshot(1, network), previous: null);
        var renamed = network.Organizations[1] with { Name = "Org B renamed", Sector = Sector.Health };

        var after = new ProjectionSet(
            new NetworkSnapshot(2, NetworkChangeApplier.Apply(network, NetworkChange.Merge(Network.Empty with { Organizations = [renamed] }))), before);

        Assert.Equal(ProjectionOrigin.UpdatedInPlace, after.OriginOf(ProjectionKind.Full));
        Assert.Equal(ProjectionOrigin.UpdatedInPlace, after.OriginOf(ProjectionKind.Organizations));
        Assert.Equal(ProjectionOrigin.Reused, after.OriginOf(ProjectionKind.People));
        Assert.Same(before.Organizations.Graph, after.Organizations.Graph);
        Assert.Equal("Org B renamed", after.Organizations.NodeNames[after.Organizations.Graph.IndexOf("oB")]);
        Assert.Equal(Sector.Health, after.Organizations.Sectors[after.Organizations.Graph.IndexOf("oB")]);
        Assert.NotEqual(before.Organizations.Fingerprint, after.Organizations.Fingerprint);
    }

    [Fact]
    public void Carry_TieAdded_PatchesTheProjectionsItJoinsAndReusesTheOthers()
    {
        var network = ProjectionNetworks.Sample();
        var before = BuiltSet(new NetworkSnapshot(1, network), previous: null);
        var change = NetworkChange.Merge(Network.Empty with { Ties = [new Tie("oC", "oD", TieType.Collaborates)] });

        var after = new ProjectionSet(new NetworkSnapshot(2, NetworkChangeApplier.Apply(network, change)), before);

        Assert.Equal(ProjectionOrigin.Patched, after.OriginOf(ProjectionKind.Organizations));
        Assert.Equal(ProjectionOrigin.Patched, after.OriginOf(ProjectionKind.Full));
        Assert.Equal(ProjectionOrigin.Reused, after.OriginOf(ProjectionKind.People));
        Assert.Equal(before.Organizations.Graph.EdgeCount + 1, after.Organizations.Graph.EdgeCount);
        Assert.Equal((1.0, "Collaborates"), ProjectionNetworks.EdgesById(after.Organizations)["oC-oD"]);
        AssertSameAsFresh(after);
    }

    [Fact]
    public void Carry_OneFundsDirectionRemoved_KeepsTheRelationTheOtherDirectionStillStates()
    {
        var network = ProjectionNetworks.Sample();
        var before = BuiltSet(new NetworkSnapshot(1, network), previous: null);
        var change = new NetworkChange(Network.Empty, DeleteTies: [new TieKey("oB", "oA", TieType.Funds)]);

        var after = new ProjectionSet(new NetworkSnapshot(2, NetworkChangeApplier.Apply(network, change)), before);

        Assert.Equal(ProjectionOrigin.Patched, after.OriginOf(ProjectionKind.Full));
        Assert.Equal(ProjectionOrigin.Patched, after.OriginOf(ProjectionKind.Organizations));
        var (weight, relations) = ProjectionNetworks.EdgesById(after.Organizations)["oA-oB"];
        Assert.Equal(ProjectionNetworks.EdgesById(before.Organizations)["oA-oB"].Weight - 1, weight);
        Assert.Contains("Funds", relations, StringComparison.Ordinal);
        AssertSameAsFresh(after);
    }

    [Fact]
    public void Carry_LastPeopleTieBetweenTwoOrganizationsRemoved_DropsThePeopleTieRelation()
    {
        var network = ProjectionNetworks.Sample();
        var before = BuiltSet(new NetworkSnapshot(1, network), previous: null);
        // p1–p2 (written both ways, one key) and p3–p2 join oA's people to oB's: remove both keys.
        var change = new NetworkChange(
            Network.Empty,
            DeleteTies: [TieKey.Of("p1", "p2", TieType.Communicates), TieKey.Of("p3", "p2", TieType.Communicates)]);

        var after = new ProjectionSet(new NetworkSnapshot(2, NetworkChangeApplier.Apply(network, change)), before);

        Assert.All(Kinds, kind => Assert.Equal(ProjectionOrigin.Patched, after.OriginOf(kind)));
        Assert.DoesNotContain("PeopleTie", ProjectionNetworks.EdgesById(after.Organizations)["oA-oB"].Relations, StringComparison.Ordinal);
        AssertSameAsFresh(after);
    }

    [Fact]
    public void Carry_PersonAddedWithATie_PatchesEveryProjection()
    {
        var network = ProjectionNetworks.Sample();
        var before = BuiltSet(new NetworkSnapshot(1, network), previous: null);
        var change = NetworkChange.Merge(Network.Empty with
        {
            People = [new Person("p5", "Person five", "oD")],
            Ties = [new Tie("p5", "p1", TieType.Communicates)],
        });

        var after = new ProjectionSet(new NetworkSnapshot(2, NetworkChangeApplier.Apply(network, change)), before);

        Assert.All(Kinds, kind => Assert.Equal(ProjectionOrigin.Patched, after.OriginOf(kind)));
        Assert.Equal(before.People.Graph.NodeCount + 1, after.People.Graph.NodeCount);
        Assert.Equal((1.0, "PeopleTie"), ProjectionNetworks.EdgesById(after.Organizations)["oA-oD"]);
        AssertSameAsFresh(after);
    }

    [Fact]
    public void Carry_OrganizationAndActivityAdded_RenumbersFullAndPatchesIt()
    {
        var network = ProjectionNetworks.Sample();
        var before = BuiltSet(new NetworkSnapshot(1, network), previous: null);
        var change = NetworkChange.Merge(Network.Empty with
        {
            Organizations = [new Organization("oE", "Org E", Sector.Health, Goals: ["g2", "g2"])],
            Activities = [new Activity("a3", "Activity three", "oE", Partners: ["oD", "oE", "oA"], Indicators: ["i2"])],
        });

        var after = new ProjectionSet(new NetworkSnapshot(2, NetworkChangeApplier.Apply(network, change)), before);

        Assert.Equal(ProjectionOrigin.Patched, after.OriginOf(ProjectionKind.Full));
        Assert.Equal(ProjectionOrigin.Patched, after.OriginOf(ProjectionKind.Organizations));
        Assert.Equal(ProjectionOrigin.Reused, after.OriginOf(ProjectionKind.People));
        Assert.Equal((1.0, "SharedActivity"), ProjectionNetworks.EdgesById(after.Organizations)["oD-oE"]);
        AssertSameAsFresh(after);
    }

    [Fact]
    public void Carry_PersonDeleted_PatchesEveryProjectionTheirTiesReached()
    {
        var network = ProjectionNetworks.Sample();
        var before = BuiltSet(new NetworkSnapshot(1, network), previous: null);

        var after = new ProjectionSet(new NetworkSnapshot(2, NetworkChangeApplier.Apply(network, new NetworkChange(Network.Empty, DeleteNodes: ["p2"]))), before);

        Assert.Equal(ProjectionOrigin.Patched, after.OriginOf(ProjectionKind.Full));
        Assert.Equal(ProjectionOrigin.Patched, after.OriginOf(ProjectionKind.People));
        Assert.Equal(ProjectionOrigin.Patched, after.OriginOf(ProjectionKind.Organizations));
        Assert.False(after.People.Graph.TryGetIndex("p2", out _));
        // p2 (of oB) was the only one tying oB's people to oA's: the people-tie relation leaves oA-oB, the ties stay.
        Assert.DoesNotContain("PeopleTie", ProjectionNetworks.EdgesById(after.Organizations)["oA-oB"].Relations, StringComparison.Ordinal);
        AssertSameAsFresh(after);
    }

    [Fact]
    public void Carry_ActivityDeleted_RemovesItsSharedActivityConnectionsAndItsNode()
    {
        var network = ProjectionNetworks.Sample();
        var before = BuiltSet(new NetworkSnapshot(1, network), previous: null);

        var after = new ProjectionSet(new NetworkSnapshot(2, NetworkChangeApplier.Apply(network, new NetworkChange(Network.Empty, DeleteNodes: ["a2"]))), before);

        Assert.Equal(ProjectionOrigin.Patched, after.OriginOf(ProjectionKind.Full));
        Assert.Equal(ProjectionOrigin.Patched, after.OriginOf(ProjectionKind.Organizations));
        Assert.Equal(ProjectionOrigin.Reused, after.OriginOf(ProjectionKind.People));
        // a1 still has oB and oC on it: their shared-activity connection loses a2's weight and keeps its relation.
        Assert.Equal(ProjectionNetworks.EdgesById(before.Organizations)["oB-oC"].Weight - 1, ProjectionNetworks.EdgesById(after.Organizations)["oB-oC"].Weight);
        AssertSameAsFresh(after);
    }

    [Fact]
    public void Carry_OrganizationAndGoalDeleted_RenumbersEverySegmentAfterThem()
    {
        var network = ProjectionNetworks.Sample() with { People = [new Person("p4", "Person four")], Ties = [new Tie("oD", "oA", TieType.Funds), new Tie("oC", "oA", TieType.Refers)] };
        network = network with { Organizations = [.. network.Organizations.Select(o => o.Id == "oA" ? o with { Goals = ["g1"] } : o)] };
        var before = BuiltSet(new NetworkSnapshot(1, network), previous: null);

        var after = new ProjectionSet(
            new NetworkSnapshot(2, NetworkChangeApplier.Apply(network, new NetworkChange(Network.Empty, DeleteNodes: ["g2", "oD"]))), before);

        Assert.Equal(ProjectionOrigin.Patched, after.OriginOf(ProjectionKind.Full));
        Assert.Equal(ProjectionOrigin.Patched, after.OriginOf(ProjectionKind.Organizations));
        Assert.False(after.Full.Graph.TryGetIndex("oD", out _));
        AssertSameAsFresh(after);
    }

    [Fact]
    public void Carry_TieToAMissingNode_BuildsAgainAndReportsTheBuildError()
    {
        var network = ProjectionNetworks.Sample();
        var before = BuiltSet(new NetworkSnapshot(1, network), previous: null);
        var invalid = network with { Ties = [.. network.Ties, new Tie("oA", "nobody", TieType.Collaborates)] };

        var after = new ProjectionSet(new NetworkSnapshot(2, invalid), before);

        Assert.Equal(ProjectionOrigin.NotBuilt, after.OriginOf(ProjectionKind.Full));
        Assert.Throws<ArgumentException>(() => after.Full);
    }

    [Fact]
    public void Carry_TieWeightChanged_ReusesEveryProjection()
    {
        var network = ProjectionNetworks.Sample();
        var before = BuiltSet(new NetworkSnapshot(1, network), previous: null);
        var change = NetworkChange.Merge(Network.Empty with { Ties = [new Tie("oC", "oB", TieType.Refers, 99)] });

        var after = new ProjectionSet(new NetworkSnapshot(2, NetworkChangeApplier.Apply(network, change)), before);

        Assert.All(Kinds, kind => Assert.Equal(ProjectionOrigin.Reused, after.OriginOf(kind)));
    }

    private static void AssertSameAsFresh(ProjectionSet carried)
    {
        var fresh = new ProjectionSet(carried.Snapshot);
        foreach (var kind in Kinds)
        {
            Assert.Equal(Describe(fresh.Get(kind)), Describe(carried.Get(kind)));
            Assert.Equal(fresh.Get(kind).Fingerprint, carried.Get(kind).Fingerprint);
        }
    }

    private static ProjectionSet BuiltSet(NetworkSnapshot snapshot, ProjectionSet? previous)
    {
        var set = new ProjectionSet(snapshot, previous);
        foreach (var kind in Kinds)
        {
            _ = set.Get(kind);
        }

        return set;
    }

    /// <summary>Everything a projection holds, as text: nodes with their attributes, edges with weight and relations.</summary>
    private static string Describe(NetworkProjection projection)
    {
        var graph = projection.Graph;
        var nodes = Enumerable.Range(0, graph.NodeCount)
            .Select(i => $"{graph.NodeIds[i]}|{projection.NodeKinds[i]}|{projection.NodeNames[i]}|{projection.Sectors[i]}|{projection.CommunityLed[i]}");
        var edges = Enumerable.Range(0, graph.EdgeCount)
            .Select(k => $"{graph.Edges[k]}|{string.Join(',', projection.RelationsOf(k))}");
        return string.Join('\n', nodes.Concat(edges));
    }

    /// <summary>One valid write, chosen at random among the kinds a service sees, with what it was.</summary>
    private static (string What, NetworkChange Change) RandomWrite(Network network, Random random)
    {
        var organizations = network.Organizations;
        var people = network.People;
        T Pick<T>(IReadOnlyList<T> list) => list[random.Next(list.Count)];
        switch (random.Next(21))
        {
            case 11:
                var newcomer = $"p-new-{random.Next()}";
                return ("person added", Upsert(Network.Empty with
                {
                    People = [new Person(newcomer, "New " + newcomer, random.Next(3) == 0 ? null : Pick(organizations).Id)],
                    Ties = people.Count > 0 ? [new Tie(newcomer, Pick(people).Id, TieType.Communicates)] : [],
                }));
            case 12 when organizations.Count > 1:
                var (funder, funded) = (Pick(organizations).Id, Pick(organizations).Id);
                return funder == funded
                    ? ("nothing", Upsert(Network.Empty))
                    : ("funds tie added", Upsert(Network.Empty with { Ties = [new Tie(funder, funded, TieType.Funds)] }));
            case 13 when network.Goals.Count > 0:
                var founded = $"o-new-{random.Next()}";
                return ("organization added with goals and a tie", Upsert(Network.Empty with
                {
                    Organizations = [new Organization(founded, "New " + founded, Sector.Health, Goals: [Pick(network.Goals).Id, Pick(network.Goals).Id])],
                    Ties = [new Tie(founded, Pick(organizations).Id, TieType.Refers)],
                }));
            case 14:
                var started = $"a-new-{random.Next()}";
                return ("activity added", Upsert(Network.Empty with
                {
                    Activities =
                    [
                        new Activity(
                            started,
                            "New " + started,
                            Pick(organizations).Id,
                            Partners: [Pick(organizations).Id, Pick(organizations).Id],
                            Indicators: network.Indicators.Count > 0 ? [Pick(network.Indicators).Id] : []),
                    ],
                }));
            case 15 when network.Goals.Count > 0:
                var measured = $"i-new-{random.Next()}";
                return ("indicator added", Upsert(Network.Empty with { Indicators = [new Indicator(measured, "New " + measured, Pick(network.Goals).Id)] }));
            case 16 when network.Ties.Count > 1:
                return ("two ties removed", new NetworkChange(Network.Empty, DeleteTies: [Pick(network.Ties).Key, Pick(network.Ties).Key]));
            case 0 when network.Goals.Count > 0:
                var goal = Pick(network.Goals);
                return ("goal description", Upsert(Network.Empty with { Goals = [goal with { Description = "d" + random.Next() }] }));
            case 1:
                var renamed = Pick(organizations);
                return ("organization renamed", Upsert(Network.Empty with { Organizations = [renamed with { Name = "n" + random.Next() }] }));
            case 2:
                var moved = Pick(organizations);
                return ("sector and community-led", Upsert(Network.Empty with
                {
                    Organizations = [moved with { Sector = (Sector)random.Next(Enum.GetValues<Sector>().Length), CommunityLed = !moved.CommunityLed }],
                }));
            case 3 when people.Count > 0:
                var person = Pick(people);
                return ("person e-mail", Upsert(Network.Empty with { People = [person with { Email = $"x{random.Next()}@example.org" }] }));
            case 4 when people.Count > 0:
                var joining = Pick(people);
                return ("person changes organization", Upsert(Network.Empty with { People = [joining with { Organization = Pick(organizations).Id }] }));
            case 5 when organizations.Count > 1:
                var (a, b) = (Pick(organizations).Id, Pick(organizations).Id);
                return a == b
                    ? ("nothing", Upsert(Network.Empty))
                    : ("organization tie added", Upsert(Network.Empty with { Ties = [new Tie(a, b, TieType.Collaborates)] }));
            case 6 when people.Count > 1:
                var (p, q) = (Pick(people).Id, Pick(people).Id);
                return p == q
                    ? ("nothing", Upsert(Network.Empty))
                    : ("people tie added", Upsert(Network.Empty with { Ties = [new Tie(p, q, TieType.Communicates)] }));
            case 7 when network.Ties.Count > 0:
                return ("tie removed", new NetworkChange(Network.Empty, DeleteTies: [Pick(network.Ties).Key]));
            case 8 when network.Ties.Count > 0:
                var tie = Pick(network.Ties);
                return ("tie weight", Upsert(Network.Empty with { Ties = [tie with { Weight = 1 + random.Next(9) }] }));
            case 9:
                var id = $"o-new-{random.Next()}";
                return ("organization added", Upsert(Network.Empty with { Organizations = [new Organization(id, "New " + id)] }));
            case 10 when people.Count > 0:
                return ("person deleted", new NetworkChange(Network.Empty, DeleteNodes: [Pick(people).Id]));
            case 17 when people.Count > 1:
                return ("two people deleted", new NetworkChange(Network.Empty, DeleteNodes: [Pick(people).Id, Pick(people).Id]));
            case 18 when network.Activities.Count > 0:
                return ("activity deleted", new NetworkChange(Network.Empty, DeleteNodes: [Pick(network.Activities).Id]));
            case 19:
                // Only an organization nothing kept refers to (no people, no activity) can go: validation refuses the others.
                var free = organizations.Where(o => people.All(x => x.Organization != o.Id)
                    && network.Activities.All(x => x.Lead != o.Id && !x.Partners.Contains(o.Id)) && network.Initiative?.Backbone != o.Id).ToList();
                return free.Count == 0
                    ? ("nothing", Upsert(Network.Empty))
                    : ("organization deleted with its ties", new NetworkChange(Network.Empty, DeleteNodes: [Pick(free).Id]));
            case 20:
                var unused = network.Indicators.Where(i => network.Activities.All(x => !x.Indicators.Contains(i.Id))).ToList();
                return unused.Count == 0
                    ? ("nothing", Upsert(Network.Empty))
                    : ("indicator deleted with its measurements", new NetworkChange(Network.Empty, DeleteNodes: [Pick(unused).Id]));
            default:
                return ("activity renamed", network.Activities.Count > 0
                    ? Upsert(Network.Empty with { Activities = [Pick(network.Activities) with { Name = "a" + random.Next() }] })
                    : Upsert(Network.Empty));
        }

        static NetworkChange Upsert(Network upserts) => NetworkChange.Merge(upserts);
    }
}
