using CollectiveImpact.Graph.Store.Documents;
using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Store.Tests.Documents;

/// <summary>The format's spellings, from the enum lists in network-format.md.</summary>
public sealed class NetworkFormatTests
{
    [Fact]
    public void Name_EveryEnumValue_RoundTripsThroughTryParse()
    {
        foreach (var sector in Enum.GetValues<Sector>())
        {
            Assert.True(NetworkFormat.TryParseSector(NetworkFormat.Name(sector), out var parsed));
            Assert.Equal(sector, parsed);
        }

        foreach (var type in Enum.GetValues<TieType>())
        {
            Assert.True(NetworkFormat.TryParseTieType(NetworkFormat.Name(type), out var parsed));
            Assert.Equal(type, parsed);
        }

        foreach (var kind in Enum.GetValues<NodeKind>())
        {
            Assert.True(NetworkFormat.TryParseNodeKind(NetworkFormat.Name(kind), out var parsed));
            Assert.Equal(kind, parsed);
        }
    }

    [Fact]
    public void Name_MultiWordValues_UseUpperSnakeCase()
    {
        Assert.Equal("SHARES_DATA", NetworkFormat.Name(TieType.SharesData));
        Assert.Equal("FEEDS_INTO", NetworkFormat.Name(TieType.FeedsInto));
        Assert.Equal("NONPROFIT", NetworkFormat.Name(Sector.Nonprofit));
        Assert.Equal("COMPLETED", NetworkFormat.Name(ActivityStatus.Completed));
        Assert.Equal("DECREASE", NetworkFormat.Name(Direction.Decrease));
        Assert.Equal("ORGANIZATION", NetworkFormat.Name(NodeKind.Organization));
    }

    [Theory]
    [InlineData("SharesData")]
    [InlineData("shares_data")]
    [InlineData("SHARESDATA")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParseTieType_OtherSpellings_AreRefused(string? name)
    {
        Assert.False(NetworkFormat.TryParseTieType(name, out _));
    }

    [Fact]
    public void Name_ValueOutsideTheEnum_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NetworkFormat.Name((Sector)99));
    }

    [Theory]
    [InlineData("2024-02-29", true)]
    [InlineData("0001-01-01", true)]
    [InlineData("2023-02-29", false)]
    [InlineData("2023-04-31", false)]
    [InlineData("20230101", false)]
    [InlineData("2023-01-01 ", false)]
    [InlineData("２０２３-01-01", false)]
    [InlineData("0000-01-01", false)]
    [InlineData("9999-12-31", true)]
    [InlineData("2023-13-01", false)]
    [InlineData("2023-00-10", false)]
    [InlineData("2023-01-00", false)]
    [InlineData("2023/01/01", false)]
    [InlineData("2023-1-001", false)]
    public void TryParseDate_OnlyRealDatesWrittenYyyyMmDd(string text, bool expected)
    {
        Assert.Equal(expected, NetworkFormat.TryParseDate(text, out var date));
        if (expected)
        {
            Assert.Equal(text, NetworkFormat.FormatDate(date));
        }
    }
}
