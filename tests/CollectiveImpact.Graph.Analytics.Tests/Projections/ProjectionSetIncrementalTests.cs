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

    [Property(MaxTest = 40)]
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
    public void Carry_TieAdded_RebuildsTheProjectionsItJoinsAndReusesTheOthers()
    {
        var network = ProjectionNetworks.Sample();
        var before = BuiltSet(new NetworkSnapshot(1, network), previous: null);
        var change = NetworkChange.Merge(Network.Empty with { Ties = [new Tie("oC", "oD", TieType.Collaborates)] });

        var after = new ProjectionSet(new NetworkSnapshot(2, NetworkChangeApplier.Apply(network, change)), before);

        Assert.Equal(ProjectionOrigin.NotBuilt, after.OriginOf(ProjectionKind.Organizations));
        Assert.Equal(ProjectionOrigin.NotBuilt, after.OriginOf(ProjectionKind.Full));
        Assert.Equal(ProjectionOrigin.Reused, after.OriginOf(ProjectionKind.People));
        Assert.Equal(before.Organizations.Graph.EdgeCount + 1, after.Organizations.Graph.EdgeCount);
        Assert.Equal(ProjectionOrigin.Built, after.OriginOf(ProjectionKind.Organizations));
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
        switch (random.Next(11))
        {
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
            default:
                return ("activity renamed", network.Activities.Count > 0
                    ? Upsert(Network.Empty with { Activities = [Pick(network.Activities) with { Name = "a" + random.Next() }] })
                    : Upsert(Network.Empty));
        }

        static NetworkChange Upsert(Network upserts) => NetworkChange.Merge(upserts);
    }
}
