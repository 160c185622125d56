using System.Text.Json;
using CollectiveImpact.Graph.Api.Caching;

namespace CollectiveImpact.Graph.Api.Tests.Caching;

/// <summary>The counted size must be the length of the JSON the cache's serializer writes (expected values come from it).</summary>
public sealed class SerializedSizeTests
{
    private sealed record Scores(string Name, IReadOnlyList<double> Values);

    [Fact]
    public void Of_RecordWithNonFiniteAndLongString_EqualsTheSerializedLength()
    {
        var value = new CachedAnalysis<Scores>(new Scores(new string('x', 100_000), [1.5, double.NaN, double.PositiveInfinity, -0.25]), 12.5);
        var expected = JsonSerializer.SerializeToUtf8Bytes(value, AnalysisSerializerFactory.Options).LongLength;

        var counted = SerializedSize.Of(value, long.MaxValue);

        Assert.Equal(expected, counted);
    }

    [Fact]
    public void Of_LargeList_EqualsTheSerializedLength()
    {
        var value = new Scores("big", Enumerable.Range(0, 200_000).Select(i => i / 7.0).ToList());
        var expected = JsonSerializer.SerializeToUtf8Bytes(value, AnalysisSerializerFactory.Options).LongLength;

        Assert.Equal(expected, SerializedSize.Of(value, expected));
    }

    [Fact]
    public void Of_OverTheLimit_ReturnsNull()
    {
        var value = new Scores("big", Enumerable.Range(0, 200_000).Select(i => i / 7.0).ToList());
        var length = JsonSerializer.SerializeToUtf8Bytes(value, AnalysisSerializerFactory.Options).LongLength;

        Assert.Null(SerializedSize.Of(value, length - 1));
        Assert.Null(SerializedSize.Of(value, 0));
    }
}
