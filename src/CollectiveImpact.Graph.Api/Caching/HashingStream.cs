using CollectiveImpact.Graph.Analytics.Projections;

namespace CollectiveImpact.Graph.Api.Caching;

/// <summary>A write-only stream into a <see cref="ContentHasher"/>: serializes straight into the hash, with no buffer of the whole content.</summary>
internal sealed class HashingStream(ContentHasher hasher) : Stream
{
    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => hasher.AddBytes(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer) => hasher.AddBytes(buffer);

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
