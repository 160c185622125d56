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

    /// <summary>
    /// Reads every item of the array a skeleton value stands for, in order. Each item is first offered to
    /// <paramref name="fast"/>, which reads it straight from the bytes when it is well-formed; an item it refuses (or
    /// every item, when <paramref name="fast"/> is null) is parsed alone and handed to <paramref name="read"/> with its
    /// index, the element valid only during the call, so its problems are found and worded there.
    /// </summary>
    /// <remarks>
    /// A JsonDocument per chunk of entries was most of a 20,000-organization import's reading time (docs/import.md);
    /// the fast path keeps only the strings an entry holds. Memory stays bounded by one item either way.
    /// </remarks>
    public List<T> ReadItems<T>(JsonElement placeholder, FastEntryReader.Read<T>? fast, Func<JsonElement, int, T> read)
    {
        var bytes = source[arrays[placeholder[0].GetInt32()]];
        var reader = new Utf8JsonReader(bytes.Span);
        reader.Read();
        var items = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (fast is not null)
            {
                // Utf8JsonReader is a struct: the attempt reads a copy, and a refusal leaves this reader on the item.
                var attempt = reader;
                if (fast(ref attempt, out var value))
                {
                    reader = attempt;
                    items.Add(value);
                    continue;
                }
            }

            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            using var item = JsonDocument.Parse(bytes[start..(int)reader.BytesConsumed]);
            items.Add(read(item.RootElement, items.Count));
        }

        return items;
    }

    public void Dispose() => skeleton.Dispose();
}
