using System.Buffers;
using System.Text.Json;

namespace CollectiveImpact.Graph.Api.Caching;

/// <summary>
/// How many bytes a cached result takes as JSON (the form Redis holds, and the measure of its size in process memory),
/// counted without keeping the bytes: the writer hands System.Text.Json the same small scratch buffer again and again.
/// </summary>
/// <remarks>
/// HybridCache measured the same size by serializing into pooled buffers that doubled up to the payload limit; the
/// shared <see cref="ArrayPool{T}"/> then held them (a 128 MiB and several 16 MiB arrays, after the analyses of 20,000
/// organizations) for a minute or more, past the idle trim. Counting allocates one scratch buffer of the largest single
/// write instead, and stops at <c>limit</c>, so a result too large to keep costs at most the serialization of
/// <c>limit</c> bytes.
/// </remarks>
internal static class SerializedSize
{
    /// <summary>The JSON size of <paramref name="value"/> in bytes, or null when it is over <paramref name="limit"/>.</summary>
    public static long? Of<T>(T value, long limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var counter = new CountingWriter(limit);
        try
        {
            using (var writer = new Utf8JsonWriter(counter))
            {
                JsonSerializer.Serialize(writer, value, AnalysisSerializerFactory.Options);
            }

            return counter.Count;
        }
        catch (LimitExceededException)
        {
            return null;
        }
    }

    private sealed class CountingWriter(long limit) : IBufferWriter<byte>
    {
        private byte[] scratch = new byte[16 * 1024];

        public long Count { get; private set; }

        public void Advance(int count)
        {
            Count += count;
            if (Count > limit)
            {
                throw new LimitExceededException();
            }
        }

        public Memory<byte> GetMemory(int sizeHint = 0) => Scratch(sizeHint);

        public Span<byte> GetSpan(int sizeHint = 0) => Scratch(sizeHint);

        private byte[] Scratch(int sizeHint)
        {
            if (sizeHint > scratch.Length)
            {
                scratch = new byte[sizeHint];
            }

            return scratch;
        }
    }

    private sealed class LimitExceededException : Exception;
}
