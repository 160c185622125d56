using System.Buffers;
using System.Text.Json;

namespace CollectiveImpact.Graph.Store.Documents;

/// <summary>
/// A document's root object with every array value replaced by <c>[k]</c>, the index of the original array's bytes,
/// so the root's rules (format, unknown and duplicate properties, value types) run on a small
/// <see cref="JsonDocument"/> while each array's entries are read one at a time from the original bytes. Parsing the
/// whole 54 MB document at once cost a JsonDocument index of 12 bytes per token (5.2 million tokens) on top of the
/// document; one entry at a time costs one entry's worth.
/// </summary>
internal sealed class DocumentSkeleton : IDisposable
{
    private readonly ReadOnlyMemory<byte> source;
    private readonly List<Range> arrays;
    private readonly JsonDocument skeleton;

    private DocumentSkeleton(ReadOnlyMemory<byte> source, List<Range> arrays, JsonDocument skeleton)
    {
        this.source = source;
        this.arrays = arrays;
        this.skeleton = skeleton;
    }

    public JsonElement Root => skeleton.RootElement;

    /// <summary>
    /// The skeleton of <paramref name="utf8Json"/>, which must have an object at its root. Checks the syntax of the
    /// whole document on the way (every value is read, with <paramref name="options"/>), something after the root
    /// included: a <see cref="JsonException"/> says where it is broken.
    /// </summary>
    public static DocumentSkeleton Of(ReadOnlyMemory<byte> utf8Json, JsonReaderOptions options = default)
    {
        var arrays = new List<Range>();
        var output = new ArrayBufferWriter<byte>();
        var reader = new Utf8JsonReader(utf8Json.Span, options);
        using (var writer = new Utf8JsonWriter(output))
        {
            reader.Read();
            writer.WriteStartObject();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                writer.WritePropertyName(reader.GetString()!);
                reader.Read();
                var start = (int)reader.TokenStartIndex;
                var isArray = reader.TokenType == JsonTokenType.StartArray;
                reader.Skip();
                var value = start..(int)reader.BytesConsumed;
                if (isArray)
                {
                    writer.WriteStartArray();
                    writer.WriteNumberValue(arrays.Count);
                    writer.WriteEndArray();
                    arrays.Add(value);
                }
                else
                {
                    writer.WriteRawValue(utf8Json.Span[value], skipInputValidation: true);
                }
            }

            writer.WriteEndObject();
        }

        if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
        {
            // Not reached for valid JSON (the loop ends at the root's end); otherwise the full check reports the fault.
            NetworkDocumentReader.CheckSyntax(utf8Json.Span);
        }

        return new DocumentSkeleton(utf8Json, arrays, JsonDocument.Parse(output.WrittenMemory));
    }

    /// <summary>Items parsed together (<see cref="ReadItems"/>): a few hundred kilobytes of a document at most.</summary>
    internal const int ItemsPerChunk = 512;

    /// <summary>
    /// Reads every item of the array a skeleton value stands for, in order, handed to <paramref name="read"/> with
    /// its index; the element is valid only during the call.
    /// </summary>
    /// <remarks>
    /// Items are parsed <see cref="ItemsPerChunk"/> at a time, as one small array: a JsonDocument per item cost two
    /// pooled buffers and a document for each of 450,000 entries (a fifth of a 20,000-organization import's reading
    /// time, docs/import.md), while a chunk keeps memory as bounded as one item did.
    /// </remarks>
    public List<T> ReadItems<T>(JsonElement placeholder, Func<JsonElement, int, T> read)
    {
        var bytes = source[arrays[placeholder[0].GetInt32()]];
        var reader = new Utf8JsonReader(bytes.Span);
        reader.Read();
        var items = new List<T>();
        var buffer = new ArrayBufferWriter<byte>();
        while (true)
        {
            // The bytes from the chunk's first item to the end of its last one, commas included: an array once bracketed.
            var start = -1;
            var end = 0;
            var count = 0;
            while (count < ItemsPerChunk && reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                start = start < 0 ? (int)reader.TokenStartIndex : start;
                reader.Skip();
                end = (int)reader.BytesConsumed;
                count++;
            }

            if (count == 0)
            {
                return items;
            }

            buffer.ResetWrittenCount();
            buffer.Write("["u8);
            buffer.Write(bytes.Span[start..end]);
            buffer.Write("]"u8);
            using var chunk = JsonDocument.Parse(buffer.WrittenMemory);
            foreach (var item in chunk.RootElement.EnumerateArray())
            {
                items.Add(read(item, items.Count));
            }
        }
    }

    public void Dispose() => skeleton.Dispose();
}
