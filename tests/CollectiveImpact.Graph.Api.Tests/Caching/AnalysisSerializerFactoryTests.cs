using System.Buffers;
using CollectiveImpact.Graph.Api.Caching;

namespace CollectiveImpact.Graph.Api.Tests.Caching;

/// <summary>What goes to Redis must come back equal, including the non-finite numbers analyses produce.</summary>
public sealed class AnalysisSerializerFactoryTests
{
    [Fact]
    public void Serializer_ResultWithNaNAndInfinity_RoundTrips()
    {
        var entry = new CachedAnalysis<Result>(
            new Result([new Score("org-1", double.NaN), new Score("org-2", double.PositiveInfinity), new Score("org-3", 0.125)], Kind.Organizations),
            3.5) { ComputedHere = true };
        Assert.True(new AnalysisSerializerFactory().TryCreateSerializer<CachedAnalysis<Result>>(out var serializer));
        var buffer = new ArrayBufferWriter<byte>();

        serializer.Serialize(entry, buffer);
        var back = serializer.Deserialize(new ReadOnlySequence<byte>(buffer.WrittenMemory));

        Assert.Equal(entry.Value.Scores, back.Value.Scores);
        Assert.Equal(entry.Value.Kind, back.Value.Kind);
        Assert.Equal(entry.ComputeMilliseconds, back.ComputeMilliseconds);
        Assert.False(back.ComputedHere);
    }

    [Fact]
    public void TryCreateSerializer_TypeThatIsNotACachedAnalysis_LeavesItToOthers()
    {
        Assert.False(new AnalysisSerializerFactory().TryCreateSerializer<Result>(out _));
    }

    public enum Kind
    {
        Full,
        Organizations,
    }

    public sealed record Score(string Id, double Value);

    public sealed record Result(IReadOnlyList<Score> Scores, Kind Kind);
}
