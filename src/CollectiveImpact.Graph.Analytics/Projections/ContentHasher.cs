using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace CollectiveImpact.Graph.Analytics.Projections;

/// <summary>
/// Feeds values in a canonical binary form into SHA-256 and gives the first 128 bits as a <see cref="ContentFingerprint"/>.
/// Every value is written with its length or a fixed width, so no sequence of values can imitate another
/// (<c>"ab","c"</c> and <c>"a","bc"</c> differ). Values are buffered and hashed 64 KiB at a time.
/// </summary>
/// <remarks>
/// SHA-256 rather than a faster non-cryptographic 128-bit hash (XxHash128 is in System.IO.Hashing, which the offline
/// package cache does not hold): it is in the base library and collision-resistant by design; it runs once per
/// projection and per changed part of a version, O(N + E), never per request. Not timed on the 20,000-organization
/// network yet.
/// </remarks>
public sealed class ContentHasher : IDisposable
{
    private const int BufferSize = 64 * 1024;

    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly byte[] buffer = new byte[BufferSize];
    private int used;

    public ContentHasher Add(int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(Reserve(sizeof(int)), value);
        return this;
    }

    public ContentHasher Add(long value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(Reserve(sizeof(long)), value);
        return this;
    }

    /// <summary>The value's IEEE bits: 0.1 + 0.2 and 0.3 differ, as the results computed from them may.</summary>
    public ContentHasher Add(double value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(Reserve(sizeof(double)), BitConverter.DoubleToInt64Bits(value));
        return this;
    }

    public ContentHasher Add(bool value)
    {
        Reserve(1)[0] = value ? (byte)1 : (byte)0;
        return this;
    }

    public ContentHasher Add(ContentFingerprint value)
    {
        BinaryPrimitives.WriteUInt128LittleEndian(Reserve(16), value.Value);
        return this;
    }

    /// <summary>Its length (−1 for null), then its UTF-16 code units.</summary>
    public ContentHasher Add(string? value)
    {
        Add(value?.Length ?? -1);
        if (value is not null)
        {
            AddBytes(MemoryMarshal.AsBytes(value.AsSpan()));
        }

        return this;
    }

    /// <summary>Raw bytes, without a length: for callers that frame their own content (a serialized stream).</summary>
    public ContentHasher AddBytes(ReadOnlySpan<byte> bytes)
    {
        while (bytes.Length > 0)
        {
            if (used == BufferSize)
            {
                Flush();
            }

            var take = Math.Min(bytes.Length, BufferSize - used);
            bytes[..take].CopyTo(buffer.AsSpan(used));
            used += take;
            bytes = bytes[take..];
        }

        return this;
    }

    /// <summary>The fingerprint of everything added; the hasher starts over afterwards.</summary>
    public ContentFingerprint Finish()
    {
        Flush();
        Span<byte> digest = stackalloc byte[32];
        hash.GetHashAndReset(digest);
        return new ContentFingerprint(BinaryPrimitives.ReadUInt128LittleEndian(digest));
    }

    public void Dispose() => hash.Dispose();

    private Span<byte> Reserve(int size)
    {
        if (used + size > BufferSize)
        {
            Flush();
        }

        var span = buffer.AsSpan(used, size);
        used += size;
        return span;
    }

    private void Flush()
    {
        hash.AppendData(buffer, 0, used);
        used = 0;
    }
}
