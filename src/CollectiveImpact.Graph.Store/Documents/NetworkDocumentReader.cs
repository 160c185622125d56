using System.Text;
using System.Text.Json;
using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Storage;
using CollectiveImpact.Graph.Store.Surveys;
using CollectiveImpact.Graph.Store.Validation;

namespace CollectiveImpact.Graph.Store.Documents;

/// <summary>
/// Reads a network document (docs/format/network-format-v1.md). <see cref="Read(ReadOnlyMemory{byte})"/> checks
/// the shape of the document alone; <see cref="ReadChange(ReadOnlyMemory{byte}, ChangeMode, Network, int)"/> also checks
/// it for consistency against the stored network, so an importer gets every problem in one list.
/// </summary>
public static class NetworkDocumentReader
{
    private static readonly string[] RootProperties =
        ["format", "initiative", "goals", "indicators", "measurements", "organizations", "people", "activities", "ties", "surveys"];

    private static readonly JsonDocumentOptions StrictJson = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
    };

    /// <summary>Parses UTF-8 JSON; returns the network (null when any problem) and every shape problem found.</summary>
    public static DocumentReadResult Read(ReadOnlyMemory<byte> utf8Json) => Read(utf8Json, fastEntries: true);

    /// <summary>
    /// <see cref="Read(ReadOnlyMemory{byte})"/>, with <paramref name="fastEntries"/> false reading every entry the slow
    /// way (tests check that both read the same).
    /// </summary>
    internal static DocumentReadResult Read(ReadOnlyMemory<byte> utf8Json, bool fastEntries)
    {
        var problems = new ProblemList();
        var parsed = Parse(utf8Json, problems, fastEntries);
        return new DocumentReadResult(problems.Count == 0 ? parsed.Network : null, problems.Listed)
        {
            Surveys = problems.Count == 0 ? parsed.Surveys : null,
        };
    }

    public static DocumentReadResult Read(string json) => Read(Encoding.UTF8.GetBytes(json));

    public static DocumentReadResult Read(Stream utf8Json) => Read(ReadAll(utf8Json));

    /// <summary>
    /// The importer's entry point: reads the document as a write of <paramref name="mode"/> against
    /// <paramref name="current"/> (the stored network) and returns every problem, shape and consistency together,
    /// without follow-on noise from parts that could not be read. The change is null exactly when any problem.
    /// At most <c>maxProblems</c> problems are listed; the rest are only counted
    /// (<see cref="DocumentChangeResult.ProblemCount"/>), so memory stays bounded however broken the document is.
    /// </summary>
    public static DocumentChangeResult ReadChange(ReadOnlyMemory<byte> utf8Json, ChangeMode mode, Network current, int maxProblems = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxProblems, 1);
        var problems = new ProblemList(maxProblems);
        var parsed = Parse(utf8Json, problems);
        if (parsed.Network is null)
        {
            return new DocumentChangeResult(null, problems.Listed) { ProblemCount = problems.Count };
        }

        var change = new NetworkChange(parsed.Network, mode);
        NetworkChangeValidator.Validate(change, current, parsed.Gaps, problems);
        return problems.Count == 0
            ? new DocumentChangeResult(change with { ValidatedAgainst = current }, []) { Surveys = parsed.Surveys }
            : new DocumentChangeResult(null, problems.Listed) { ProblemCount = problems.Count };
    }

    public static DocumentChangeResult ReadChange(string json, ChangeMode mode, Network current) =>
        ReadChange(Encoding.UTF8.GetBytes(json), mode, current);

    public static DocumentChangeResult ReadChange(Stream utf8Json, ChangeMode mode, Network current) =>
        ReadChange(ReadAll(utf8Json), mode, current);

    /// <summary>
    /// The network with placeholders where values were unreadable (null only when the JSON or its root is
    /// unusable), the gaps the validator must not complain about again, and the survey rounds when the document has a
    /// <c>surveys</c> section (else null).
    /// </summary>
    internal static (Network? Network, DocumentGaps Gaps, IReadOnlyList<SurveyRound>? Surveys) Parse(ReadOnlyMemory<byte> utf8Json, ProblemList problems, bool fastEntries = true)
    {
        var gaps = new DocumentGaps();
        if (utf8Json.Span.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }

        // An object root is checked while its skeleton is made (one pass over the bytes instead of two); any other
        // root is checked whole first, so broken JSON is reported as such whatever its root.
        DocumentSkeleton skeleton;
        try
        {
            var rootToken = FirstToken(utf8Json.Span);
            if (rootToken != JsonTokenType.StartObject)
            {
                CheckSyntax(utf8Json.Span);
                problems.Add(new ValidationProblem("$", ProblemCodes.InvalidType, $"A network document is a JSON object, not {Describe(rootToken)}."));
                return (null, gaps, null);
            }

            skeleton = DocumentSkeleton.Of(utf8Json, ReaderOptions);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}, byte {e.BytePositionInLine + 1}" : string.Empty;
            var reason = e.Message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0];
            problems.Add(new ValidationProblem("$", ProblemCodes.InvalidJson, $"The document is not valid JSON{where}: {reason}"));
            return (null, gaps, null);
        }

        using var _ = skeleton;
        var fields = new DocumentObject(skeleton.Root, "$", "the document", RootProperties, problems, gaps);
        CheckFormat(fields);
        var entries = new DocumentEntryReader(problems, gaps);
        var network = new Network(
            fields.Raw("initiative") is { } initiative ? entries.Initiative(initiative) : null,
            List(skeleton, fields, "goals", null, entries.Goal),
            List(skeleton, fields, "indicators", null, entries.Indicator),
            List(skeleton, fields, "measurements", Fast<Measurement>(FastEntryReader.Measurement), entries.Measurement),
            List(skeleton, fields, "organizations", Fast<Organization>(FastEntryReader.Organization), entries.Organization),
            List(skeleton, fields, "people", Fast<Person>(FastEntryReader.Person), entries.Person),
            List(skeleton, fields, "activities", Fast<Activity>(FastEntryReader.Activity), entries.Activity),
            List(skeleton, fields, "ties", Fast<Tie>(FastEntryReader.Tie), entries.Tie));
        var surveys = fields.Raw("surveys") is null ? null : List(skeleton, fields, "surveys", null, new SurveySectionReader(problems, gaps).Round);
        return (network, gaps, surveys);

        FastEntryReader.Read<T>? Fast<T>(FastEntryReader.Read<T> read) => fastEntries ? read : null;
    }

    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        AllowTrailingCommas = StrictJson.AllowTrailingCommas,
        CommentHandling = StrictJson.CommentHandling,
        MaxDepth = StrictJson.MaxDepth,
    };

    /// <summary>The root value's first token; for an empty document, the document parser's own error.</summary>
    private static JsonTokenType FirstToken(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, ReaderOptions);
        if (!reader.Read())
        {
            // Empty or only whitespace: let the document parser say so in its own words.
            using var empty = JsonDocument.Parse(utf8Json.ToArray(), StrictJson);
        }

        return reader.TokenType;
    }

    /// <summary>
    /// Reads the whole document once without keeping anything (the checks of
    /// <see cref="JsonDocument.Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/>, the same messages), something after
    /// the root value included.
    /// </summary>
    internal static void CheckSyntax(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, ReaderOptions);
        if (!reader.Read())
        {
            using var empty = JsonDocument.Parse(utf8Json.ToArray(), StrictJson);
        }

        reader.Skip();
        if (reader.Read())
        {
            // Something after the root value: let the document parser say so in its own words.
            using var trailing = JsonDocument.Parse(utf8Json.ToArray(), StrictJson);
        }
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        _ => "null",
    };

    private static void CheckFormat(DocumentObject fields)
    {
        var format = fields.OptionalString("format");
        if (fields.Raw("format") is null)
        {
            fields.Fail("format", ProblemCodes.Required, $"The document has no 'format'; it must be '{NetworkFormat.FormatId}'.");
        }
        else if (format is not null && format != NetworkFormat.FormatId)
        {
            fields.Fail(
                "format",
                ProblemCodes.UnsupportedFormat,
                $"The document's format is '{format}'; this service reads '{NetworkFormat.FormatId}'.");
        }
    }

    private static IReadOnlyList<T> List<T>(
        DocumentSkeleton skeleton, DocumentObject fields, string name, FastEntryReader.Read<T>? fast, Func<JsonElement, string, T> readEntry)
    {
        if (fields.Raw(name) is not { } list)
        {
            return [];
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            fields.Fail(name, ProblemCodes.InvalidType, $"'{name}' must be an array, not {DocumentObject.Describe(list)}.");
            return [];
        }

        return skeleton.ReadItems(list, fast, (item, i) => readEntry(item, $"$.{name}[{i}]"));
    }

    private static byte[] ReadAll(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
