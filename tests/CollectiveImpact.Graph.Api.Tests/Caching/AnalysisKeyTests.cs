using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Api.Caching;

namespace CollectiveImpact.Graph.Api.Tests.Caching;

/// <summary>The canonical key form documented on <see cref="AnalysisKey"/>; expected strings are written out by hand from it.</summary>
public sealed class AnalysisKeyTests
{
    [Fact]
    public void Value_ParametersGivenInAnyOrder_IsTheSame()
    {
        var first = AnalysisKey.For("centrality", 7).With("projection", ProjectionKind.Organizations).With("normalized", true);
        var second = AnalysisKey.For("centrality", 7).With("normalized", true).With("projection", ProjectionKind.Organizations);

        Assert.Equal(first, second);
        Assert.Equal("centrality:v7:normalized=true&projection=Organizations", first.Value);
    }

    [Fact]
    public void Value_DictionaryOfParameters_MatchesFluentForm()
    {
        var fromPairs = AnalysisKey.For("gaps", 3, new Dictionary<string, object?> { ["staleAfterDays"] = 365, ["asOf"] = new DateOnly(2026, 1, 31) });

        var fluent = AnalysisKey.For("gaps", 3).With("asOf", new DateOnly(2026, 1, 31)).With("staleAfterDays", 365);

        Assert.Equal(fluent, fromPairs);
        Assert.Equal("gaps:v3:asOf=2026-01-31&staleAfterDays=365", fromPairs.Value);
    }

    [Fact]
    public void Value_DifferentParameterValue_Differs()
    {
        var half = AnalysisKey.For("overlaps", 1).With("minSimilarity", 0.5);
        var more = AnalysisKey.For("overlaps", 1).With("minSimilarity", 0.75);

        Assert.NotEqual(half, more);
    }

    [Fact]
    public void Value_DifferentNetworkVersion_Differs()
    {
        var before = AnalysisKey.For("overlaps", 41).With("minSimilarity", 0.5);
        var after = AnalysisKey.For("overlaps", 42).With("minSimilarity", 0.5);

        Assert.NotEqual(before, after);
        Assert.Equal(42, after.NetworkVersion);
    }

    [Fact]
    public void Value_DifferentAnalysisSameParameters_Differs()
    {
        Assert.NotEqual(AnalysisKey.For("gaps", 1), AnalysisKey.For("overlaps", 1));
    }

    [Fact]
    public void Value_CollectionParameter_IsASetWhateverTheOrder()
    {
        var first = AnalysisKey.For("structure", 2).With("sectors", new[] { "HEALTH", "EDUCATION", "HEALTH" });
        var second = AnalysisKey.For("structure", 2).With("sectors", new List<string> { "EDUCATION", "HEALTH" });

        Assert.Equal(first, second);
        Assert.Equal("structure:v2:sectors=[EDUCATION,HEALTH]", first.Value);
    }

    [Fact]
    public void Value_StringImitatingSeparators_CannotCollideWithTwoParameters()
    {
        var one = AnalysisKey.For("path", 1).With("from", "a&to=b");
        var two = AnalysisKey.For("path", 1).With("from", "a").With("to", "b");

        Assert.NotEqual(one, two);
        Assert.Equal("path:v1:from=a%26to%3Db", one.Value);
    }

    [Fact]
    public void Value_NullEmptyAndTilde_AreThreeDifferentValues()
    {
        var values = new[] { null, "", "~" }.Select(value => AnalysisKey.For("gaps", 1).With("asOf", value).Value).ToList();

        Assert.Equal(3, values.Distinct().Count());
    }

    [Fact]
    public void Value_DoubleParameter_RoundTripsExactly()
    {
        var key = AnalysisKey.For("overlaps", 1).With("minSimilarity", 0.1 + 0.2);

        Assert.Equal("overlaps:v1:minSimilarity=0.30000000000000004", key.Value);
    }

    [Fact]
    public void Value_LongParameterList_IsHashedAndStaysShort()
    {
        var ids = Enumerable.Range(0, 500).Select(i => $"org-{i:D5}").ToList();

        var key = AnalysisKey.For("neighborhood", 9).With("ids", ids);
        var reordered = AnalysisKey.For("neighborhood", 9).With("ids", Enumerable.Reverse(ids).ToList());

        Assert.StartsWith("neighborhood:v9:sha256-", key.Value);
        Assert.True(key.Value.Length < 100, $"The key is {key.Value.Length} characters long.");
        Assert.Equal(key, reordered);
    }

    [Fact]
    public void With_SameNameTwice_ThrowsNamingIt()
    {
        var key = AnalysisKey.For("gaps", 1).With("asOf", "2026-01-01");

        var error = Assert.Throws<ArgumentException>(() => key.With("asOf", "2026-02-01"));

        Assert.Contains("'asOf'", error.Message);
        Assert.Contains("twice", error.Message);
    }

    [Fact]
    public void With_ValueWithoutCanonicalForm_ThrowsNamingParameterAndType()
    {
        var error = Assert.Throws<ArgumentException>(() => AnalysisKey.For("gaps", 1).With("filter", new object()));

        Assert.Contains("'filter'", error.Message);
        Assert.Contains("Object", error.Message);
    }

    [Theory]
    [MemberData(nameof(KindsNoAnalysisUses))]
    public void With_ValueOfAKindNoAnalysisUses_ThrowsNamingParameterAndType(object value)
    {
        var error = Assert.Throws<ArgumentException>(() => AnalysisKey.For("gaps", 1).With("filter", value));

        Assert.Contains("'filter'", error.Message);
        Assert.Contains(value.GetType().Name, error.Message);
    }

    public static TheoryData<object> KindsNoAnalysisUses() =>
        new() { Guid.Empty, TimeSpan.FromDays(1), new DateTime(2026, 1, 31, 0, 0, 0, DateTimeKind.Utc), 1.5m, 2L, 'x' };

    [Fact]
    public void Value_EveryKindAnalysesUse_HasItsCanonicalForm()
    {
        var key = AnalysisKey.For("mixed", 1)
            .With("date", new DateOnly(2026, 1, 31))
            .With("flag", false)
            .With("kinds", new[] { ProjectionKind.People, ProjectionKind.Full })
            .With("none", null)
            .With("number", 42)
            .With("ratio", 0.5)
            .With("text", "a b");

        Assert.Equal("mixed:v1:date=2026-01-31&flag=false&kinds=[Full,People]&none=~&number=42&ratio=0.5&text=a%20b", key.Value);
    }

    [Fact]
    public void With_DoesNotChangeTheKeyItStartedFrom()
    {
        var bare = AnalysisKey.For("gaps", 1);

        _ = bare.With("asOf", "2026-01-01");

        Assert.Empty(bare.Parameters);
        Assert.Equal("gaps:v1:", bare.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("colon:name")]
    public void For_InvalidAnalysisName_ThrowsArgumentException(string name)
    {
        Assert.Throws<ArgumentException>(() => AnalysisKey.For(name, 1));
    }

    [Fact]
    public void For_NegativeVersion_ThrowsArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AnalysisKey.For("gaps", -1));
    }

    [Fact]
    public void Value_ByFingerprint_IsTheSameAtEveryVersionAndNamesTheFingerprint()
    {
        var reads = new ContentFingerprint(UInt128.Parse("0123456789abcdef0123456789abcdef", System.Globalization.NumberStyles.HexNumber));
        KeyValuePair<string, object?>[] parameters = [new("projection", ProjectionKind.People)];

        var atSeven = AnalysisKey.For("centrality", 7, reads, parameters);
        var atNine = AnalysisKey.For("centrality", 9, reads, parameters);

        Assert.Equal(atSeven, atNine);
        Assert.Equal("centrality:f0123456789abcdef0123456789abcdef:projection=People", atSeven.Value);
        Assert.Equal(9, atNine.NetworkVersion);
        Assert.Equal(reads, atNine.With("top", 3).Reads);
    }

    [Fact]
    public void Value_ByFingerprintAndByVersion_NeverCollide()
    {
        var byVersion = AnalysisKey.For("gaps", 7, []);
        var byFingerprint = AnalysisKey.For("gaps", 7, new ContentFingerprint(7u), []);

        Assert.NotEqual(byVersion, byFingerprint);
    }
}
