using CollectiveImpact.Graph.Api.Services.Imports;

namespace CollectiveImpact.Graph.Api.Tests.Imports;

public sealed class SuggestionsTests
{
    private static readonly string[] Sectors = ["NONPROFIT", "GOVERNMENT", "BUSINESS", "PHILANTHROPY", "EDUCATION", "HEALTH", "COMMUNITY", "FAITH", "RESEARCH", "OTHER"];

    [Theory]
    [InlineData("Helth", "HEALTH")]
    [InlineData("health", "HEALTH")]
    [InlineData("Goverment", "GOVERNMENT")]
    [InlineData("Eductaion", "EDUCATION")]
    [InlineData(" faith ", "FAITH")]
    public void Closest_OfATypo_IsTheValueMeant(string typed, string expected) => Assert.Equal(expected, Suggestions.Closest(typed, Sectors));

    [Theory]
    [InlineData("Hospital")]
    [InlineData("X")]
    [InlineData("")]
    [InlineData("HEALTH")]
    public void Closest_OfSomethingElseOrAnExactValue_IsNone(string typed) => Assert.Null(Suggestions.Closest(typed, Sectors));

    [Theory]
    [InlineData("Nmae", "Name", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("abc", "ABC", 0)]
    [InlineData("", "abc", 3)]
    [InlineData("abcdef", "uvwxyz", 3)]
    public void Distance_IsTheOptimalStringAlignmentDistanceCappedAtTheLimitPlusOne(string a, string b, int expected) =>
        Assert.Equal(expected, Suggestions.Distance(a, b, limit: 2) is var d && d > 2 ? 3 : d);

    [Fact]
    public void Closest_AmongIds_PrefersTheNearestAndTheFirstOfEquals()
    {
        Assert.Equal("o-city-council", Suggestions.Closest("o-city-councl", ["o-county-council", "o-city-council", "o-city-councils"]));
        Assert.Equal("p-0001", Suggestions.Closest("p-0000", ["p-0001", "p-0002"]));
    }
}
