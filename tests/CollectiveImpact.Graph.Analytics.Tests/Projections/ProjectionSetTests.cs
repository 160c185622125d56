using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Analytics.Tests.Projections;

/// <summary>Checks laziness and sharing; the projections themselves are checked in <see cref="NetworkProjectorTests"/>.</summary>
public sealed class ProjectionSetTests
{
    [Fact]
    public void Get_BuildsEachProjectionOnceOnFirstUse()
    {
        var set = new ProjectionSet(new NetworkSnapshot(7, ProjectionNetworks.Sample()));

        Assert.False(set.IsBuilt(ProjectionKind.Organizations));
        var first = set.Get(ProjectionKind.Organizations);

        Assert.True(set.IsBuilt(ProjectionKind.Organizations));
        Assert.False(set.IsBuilt(ProjectionKind.Full));
        Assert.Same(first, set.Organizations);
        Assert.Equal(ProjectionKind.Organizations, first.Kind);
        Assert.Equal(7, set.Version);
    }

    [Fact]
    public void Get_FromManyThreads_ReturnsOneInstance()
    {
        var set = new ProjectionSet(new NetworkSnapshot(1, ProjectionNetworks.Sample()));

        var seen = new NetworkProjection[16];
        Parallel.For(0, seen.Length, i => seen[i] = set.Get(ProjectionKind.Full));

        Assert.All(seen, projection => Assert.Same(seen[0], projection));
    }

    [Fact]
    public void Get_InvalidNetwork_ThrowsTheSameErrorForEveryProjection()
    {
        var network = Network.Empty with { People = [new Person("p1", "P1", Organization: "o-missing")] };
        var set = new ProjectionSet(new NetworkSnapshot(3, network));

        var full = Assert.Throws<ArgumentException>(() => set.Full);
        var people = Assert.Throws<ArgumentException>(() => set.People);

        Assert.Contains("people[0].organization", full.Message);
        Assert.Equal(full.Message, people.Message);
    }
}
