using System.Text;
using CollectiveImpact.Graph.Store.Documents;
using CollectiveImpact.Graph.Store.Storage;

namespace CollectiveImpact.Graph.Store.Tests.Storage;

/// <summary>Snapshot documents compress, read back exactly, and a damaged or foreign copy is refused with its name.</summary>
public sealed class SnapshotCodecTests
{
    private static readonly byte[] Document = NetworkDocumentWriter.Write(TestNetworks.Riverside);

    [Fact]
    public void CompressThenDecompress_GivesTheSameBytesInLessSpace()
    {
        var stored = SnapshotCodec.Compress(Document);

        var read = SnapshotCodec.Decompress(SnapshotCodec.Encoding, stored, Document.Length, SnapshotCodec.Hash(Document), "Baseline");

        Assert.Equal(Document, read);
        Assert.True(stored.Length < Document.Length / 2, $"{stored.Length} bytes stored for a {Document.Length}-byte document");
    }

    [Fact]
    public void Decompress_DocumentNotMatchingItsHash_IsRefusedAsDamaged()
    {
        var other = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Document).Replace("Riverside", "Riverbend", StringComparison.Ordinal));

        var error = Assert.Throws<InvalidDataException>(() =>
            SnapshotCodec.Decompress(SnapshotCodec.Encoding, SnapshotCodec.Compress(other), other.Length, SnapshotCodec.Hash(Document), "Baseline"));

        Assert.Contains("Snapshot 'Baseline' is damaged", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decompress_TruncatedData_IsRefusedAsDamaged()
    {
        var stored = SnapshotCodec.Compress(Document);

        var error = Assert.Throws<InvalidDataException>(() =>
            SnapshotCodec.Decompress(SnapshotCodec.Encoding, stored[..(stored.Length / 2)], Document.Length, SnapshotCodec.Hash(Document), "Baseline"));

        Assert.Contains("damaged", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decompress_UnknownEncoding_IsRefusedNamingIt() =>
        Assert.Contains("'zstd'", Assert.Throws<InvalidDataException>(() =>
            SnapshotCodec.Decompress("zstd", [], 0, SnapshotCodec.Hash([]), "Baseline")).Message, StringComparison.Ordinal);
}
