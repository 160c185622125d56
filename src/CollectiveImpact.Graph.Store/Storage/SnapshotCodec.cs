using System.IO.Compression;
using System.Security.Cryptography;

namespace CollectiveImpact.Graph.Store.Storage;

/// <summary>
/// How a snapshot's document is kept compactly: Brotli (the canonical JSON repeats its property names and ids, and
/// shrinks to a small fraction), with the SHA-256 of the uncompressed bytes recorded so a damaged copy is refused
/// rather than exported. One codec for every adapter, so a snapshot reads back the same wherever it was stored.
/// </summary>
public static class SnapshotCodec
{
    /// <summary>The name recorded beside each stored document; a later codec would add another.</summary>
    public const string Encoding = "br";

    // Brotli quality 5: within a few percent of the best ratio on JSON, several times faster than the default 11,
    // which matters for a 20,000-organization document taken before every REPLACE import.
    private const int Quality = 5;

    private const int Window = 22;

    public static byte[] Compress(ReadOnlySpan<byte> document)
    {
        var output = new byte[BrotliEncoder.GetMaxCompressedLength(document.Length)];
        return BrotliEncoder.TryCompress(document, output, out var written, Quality, Window)
            ? output[..written]
            : throw new InvalidOperationException("Brotli could not compress the snapshot's document into its maximum compressed length.");
    }

    /// <summary>The document, checked against <paramref name="sha256"/>.</summary>
    /// <exception cref="InvalidDataException">Not Brotli data of this codec, or not the document the hash names.</exception>
    public static byte[] Decompress(string encoding, byte[] stored, long documentBytes, string sha256, string name)
    {
        if (encoding != Encoding)
        {
            throw new InvalidDataException($"Snapshot '{name}' is stored with encoding '{encoding}', which this build cannot read (it reads '{Encoding}').");
        }

        var document = new byte[documentBytes];
        if (!BrotliDecoder.TryDecompress(stored, document, out var written) || written != documentBytes)
        {
            throw new InvalidDataException($"Snapshot '{name}' is damaged: its stored document does not decompress to the {documentBytes} bytes recorded.");
        }

        return Hash(document) == sha256
            ? document
            : throw new InvalidDataException($"Snapshot '{name}' is damaged: its document does not match the SHA-256 recorded when it was taken.");
    }

    /// <summary>The lower-case hex SHA-256 of the document.</summary>
    public static string Hash(ReadOnlySpan<byte> document) => Convert.ToHexStringLower(SHA256.HashData(document));
}
