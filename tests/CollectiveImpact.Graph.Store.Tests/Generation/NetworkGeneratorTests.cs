using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Generation;
using CollectiveImpact.Graph.Store.Storage;
using CollectiveImpact.Graph.Store.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static CollectiveImpact.Graph.Store.Tests.Support.TestNetworks;

namespace CollectiveImpact.Graph.Store.Tests.Generation;

/// <summary>
/// The generator's promises: valid, deterministic, the requested size, the collective-impact shape, and fast.
/// Shape thresholds are loose bounds around the generator's own parameters (sector weights, 15% community-led).
/// </summary>
public sealed class NetworkGeneratorTests
{
    [Property(MaxTest = 60)]
    public Property Generate_AnySeedAndSmallSize_IsValid(int seed, byte organizations, byte people)
    {
        var network = NetworkGenerator.Generate(new NetworkGeneratorOptions
        {
            Seed = seed,
            Organizations = organizations % 80,
            PeoplePerOrganization = people % 6,
            Goals = 1 + (seed & 7),
            MeasurementsPerIndicator = people % 5,
        });

        var problems = NetworkChangeValidator.Validate(NetworkChange.Replace(network), Network.Empty);

        return (problems.Count == 0).Label(string.Join("; ", problems.Take(5)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Generate_TinyNetworks_AreValid(int organizations)
    {
        var network = NetworkGenerator.Generate(new NetworkGeneratorOptions { Organizations = organizations, Goals = organizations });

        Assert.Empty(NetworkChangeValidator.Validate(NetworkChange.Replace(network), Network.Empty));
        Assert.Equal(organizations, network.Organizations.Count);
    }

    [Fact]
    public void Generate_SameOptions_SameDocumentByteForByte()
    {
        var options = new NetworkGeneratorOptions { Seed = 99, Organizations = 200 };

        Assert.Equal(Canonical(NetworkGenerator.Generate(options)), Canonical(NetworkGenerator.Generate(options)));
        Assert.NotEqual(Canonical(NetworkGenerator.Generate(options)), Canonical(NetworkGenerator.Generate(options with { Seed = 100 })));
    }

    [Fact]
    public void Generate_ExplicitCounts_AreHonoured()
    {
        var network = NetworkGenerator.Generate(new NetworkGeneratorOptions
        {
            Organizations = 300,
            Activities = 45,
            Goals = 6,
            Indicators = 20,
            MeasurementsPerIndicator = 7,
            PeoplePerOrganization = 4,
        });

        Assert.Equal((300, 45, 6, 20, 140), (network.Organizations.Count, network.Activities.Count, network.Goals.Count, network.Indicators.Count, network.Measurements.Count));
        Assert.InRange(network.People.Count, 300 * 4 * 0.85, 300 * 4 * 1.2);
    }

    [Fact]
    public void Generate_DefaultShape_LooksLikeACollectiveImpactInitiative()
    {
        var network = NetworkGenerator.Generate(new NetworkGeneratorOptions { Seed = 3, Organizations = 2000 });
        var organizations = network.Organizations;
        var backbone = network.Initiative!.Backbone!;

        var communityLed = organizations.Count(o => o.CommunityLed) / (double)organizations.Count;
        Assert.InRange(communityLed, 0.10, 0.20);
        Assert.InRange(organizations.Count(o => o.Sector == Sector.Nonprofit) / (double)organizations.Count, 0.22, 0.38);
        Assert.True(organizations.Select(o => o.Sector).Distinct().Count() >= 8);

        var backboneTies = network.Ties.Count(t => t.From == backbone || t.To == backbone);
        var medianTies = organizations.Select(o => network.Ties.Count(t => t.From == o.Id || t.To == o.Id)).Order().ElementAt(organizations.Count / 2);
        Assert.True(backboneTies > 50 * medianTies, $"The backbone has {backboneTies} ties; the median organization {medianTies}.");
        Assert.Equal(network.Goals.Count, organizations.Single(o => o.Id == backbone).Goals.Count);

        Assert.All(network.Activities, a => Assert.InRange(a.Partners.Count, 2, 6));
        Assert.Contains(network.Ties, t => t.Type == TieType.FeedsInto);
        Assert.Contains(network.Ties, t => t.Type == TieType.Funds && network.Activities.Any(a => a.Id == t.To));
        Assert.Contains(network.Ties, t => t.Type == TieType.Communicates && t.From.StartsWith("p-", StringComparison.Ordinal));
        Assert.All(network.People.Take(100), p => Assert.Contains('@', p.Email ?? string.Empty));
        Assert.All(network.People.Where(p => p.Organization is not null).Take(100), p => Assert.NotNull(p.Role));
        Assert.All(network.Indicators, i => Assert.True(i.Baseline is not null && i.Target is not null));
        Assert.Equal(network.Indicators.Count * 4, network.Measurements.Count);
    }

    [Fact]
    public void Generate_TwentyThousandOrganizations_HasBenchmarkScale()
    {
        var network = NetworkGenerator.Generate(new NetworkGeneratorOptions { Seed = 1, Organizations = 20_000 });

        Assert.True(network.Counts.Total > 150_000, $"Only {network.Counts.Total} entries.");
    }

    [Theory]
    [InlineData(-1, 3.0, 2.0)]
    [InlineData(10, -1.0, 2.0)]
    [InlineData(10, 3.0, double.NaN)]
    public void Generate_ImpossibleOptions_ThrowNamingTheOption(int organizations, double people, double density)
    {
        var options = new NetworkGeneratorOptions { Organizations = organizations, PeoplePerOrganization = people, TieDensity = density };

        Assert.Throws<ArgumentOutOfRangeException>(() => NetworkGenerator.Generate(options));
    }
}
