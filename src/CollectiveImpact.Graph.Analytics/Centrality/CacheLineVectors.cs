using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace CollectiveImpact.Graph.Analytics.Centrality;

/// <summary>
/// An array of <see cref="Vector512{T}"/> of doubles whose every element starts on a 64-byte cache line, the first on a
/// chosen multiple of 64 bytes.
/// </summary>
/// <remarks>
/// A managed <c>Vector512&lt;double&gt;[]</c> is aligned to 8 bytes only, so, depending on where the allocator put
/// it, every element can straddle two cache lines: each random load then touches two lines and the working set in the
/// cache doubles, and whether it does changes from one run to the next. Here the doubles live in an array on the pinned
/// object heap, which never moves, and the vectors start at its first 64-byte boundary.
/// </remarks>
internal sealed class CacheLineVectors
{
    private const int LineBytes = 64;
    private const int DoublesPerVector = 8;

    private readonly double[] storage;
    private readonly int offset;

    /// <param name="length">How many vectors.</param>
    /// <param name="alignment">Where the first vector starts: a multiple of this many bytes, itself a multiple of 64 (128
    /// makes each pair of vectors one aligned 128-byte block, the unit an adjacent-line prefetcher fetches together).</param>
    public CacheLineVectors(int length, int alignment = LineBytes)
    {
        if (alignment < LineBytes || alignment % LineBytes != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(alignment), alignment, "A multiple of 64 bytes.");
        }

        Length = length;
        storage = GC.AllocateArray<double>((length * DoublesPerVector) + (alignment / sizeof(double)), pinned: true);
        var address = (long)Marshal.UnsafeAddrOfPinnedArrayElement(storage, 0);
        offset = (int)((alignment - (address % alignment)) % alignment) / sizeof(double);
    }

    public int Length { get; }

    /// <summary>The vectors, each on its own cache line.</summary>
    public Span<Vector512<double>> Span => MemoryMarshal.Cast<double, Vector512<double>>(storage.AsSpan(offset, Length * DoublesPerVector));
}
