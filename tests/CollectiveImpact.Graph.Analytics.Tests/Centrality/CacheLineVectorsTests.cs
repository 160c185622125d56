using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using CollectiveImpact.Graph.Analytics.Centrality;

namespace CollectiveImpact.Graph.Analytics.Tests.Centrality;

/// <summary>The batched betweenness kernel's path lines: each on its own 64-byte cache line, zeroed, and all usable.</summary>
public sealed class CacheLineVectorsTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(1000)]
    [InlineData(100_000)]
    public void Span_AnyLength_StartsOnACacheLineZeroedAndHoldsWhatIsWritten(int length)
    {
        var lines = new CacheLineVectors(length);

        var span = lines.Span;

        Assert.Equal(length, span.Length);
        Assert.Equal(0, Unsafe.ByteOffset(ref Unsafe.NullRef<Vector512<double>>(), ref span[0]) % 64);
        Assert.True(span.ToArray().All(v => v == Vector512<double>.Zero));
        for (var i = 0; i < length; i++)
        {
            span[i] = Vector512.Create((double)i);
        }

        Assert.Equal(length - 1.0, lines.Span[^1].GetElement(7));
        Assert.Equal(0.0, lines.Span[0].GetElement(0));
    }
}
