using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using CollectiveImpact.Graph.Analytics.Centrality;

namespace CollectiveImpact.Graph.Analytics.Tests.Centrality;

/// <summary>
/// The batched betweenness kernel's path lines: each on its own 64-byte cache line (the first on the alignment asked
/// for), zeroed, and all usable.
/// </summary>
public sealed class CacheLineVectorsTests
{
    [Theory]
    [InlineData(1, 64)]
    [InlineData(7, 64)]
    [InlineData(1000, 64)]
    [InlineData(100_000, 64)]
    [InlineData(2, 128)]
    [InlineData(4001, 128)]
    [InlineData(100_000, 256)]
    public void Span_AnyLength_StartsOnTheAlignmentZeroedAndHoldsWhatIsWritten(int length, int alignment)
    {
        var lines = new CacheLineVectors(length, alignment);

        var span = lines.Span;

        Assert.Equal(length, span.Length);
        Assert.Equal(0, Unsafe.ByteOffset(ref Unsafe.NullRef<Vector512<double>>(), ref span[0]) % alignment);
        Assert.True(span.ToArray().All(v => v == Vector512<double>.Zero));
        for (var i = 0; i < length; i++)
        {
            span[i] = Vector512.Create((double)i);
        }

        Assert.Equal(length - 1.0, lines.Span[^1].GetElement(7));
        Assert.Equal(0.0, lines.Span[0].GetElement(0));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(32)]
    [InlineData(96)]
    public void Constructor_AlignmentNotAMultipleOf64_IsRefused(int alignment) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new CacheLineVectors(4, alignment));
}
