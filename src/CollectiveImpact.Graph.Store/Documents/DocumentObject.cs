using System.Text.Json;
using CollectiveImpact.Graph.Store.Validation;

namespace CollectiveImpact.Graph.Store.Documents;

/// <summary>
/// One JSON object of the document with its known properties picked out, plus typed getters that report every
/// shape problem (missing, mistyped, malformed) with its path and record the path as a gap. Getters return a
/// placeholder when the value cannot be read, so the caller can still build an index-aligned entry.
/// </summary>
internal sealed class DocumentObject
{
    private readonly JsonElement?[] values;
    private readonly string[] names;
    private readonly string path;
    private readonly string what;
    private readonly ProblemList problems;
    private readonly DocumentGaps gaps;

    public DocumentObject(JsonElement element, string path, string what, string[] names, ProblemList problems, DocumentGaps gaps)
    {
        this.names = names;
        this.path = path;
        this.what = what;
        this.problems = problems;
        this.gaps = gaps;
        values = new JsonElement?[names.Length];
        foreach (var property in element.EnumerateObject())
        {
            var index = Array.IndexOf(names, property.Name);
            if (index < 0)
            {
                problems.Add(new ValidationProblem(
                    FieldPath(property.Name),
                    ProblemCodes.UnknownProperty,
                    $"{Capitalized(what)} has an unknown property '{property.Name}'; the format allows {string.Join(", ", names)}."));
            }
            else if (values[index] is not null)
            {
                problems.Add(new ValidationProblem(
                    FieldPath(property.Name),
                    ProblemCodes.DuplicateProperty,
                    $"{Capitalized(what)} has property '{property.Name}' more than once; give it once."));
                gaps.Add(FieldPath(property.Name));
            }
            else
            {
                // JSON null means "absent": the spec's own example writes "end": null.
                values[index] = property.Value.ValueKind == JsonValueKind.Null ? null : property.Value;
            }
        }
    }

    public string Path => path;

    public string FieldPath(string name) => $"{path}.{name}";

    public JsonElement? Raw(string name) => values[IndexOf(name)];

    /// <summary>A required string; an empty id is refused too (ids are never empty).</summary>
    public string RequiredString(string name, bool isId = false)
    {
        var value = OptionalString(name);
        if (value is null)
        {
            if (values[IndexOf(name)] is null)
            {
                Fail(name, ProblemCodes.Required, $"{Capitalized(what)} has no '{name}'; it is required.");
            }

            return string.Empty;
        }

        if (isId && value.Length == 0)
        {
            Fail(name, ProblemCodes.EmptyId, $"{Capitalized(what)} has an empty '{name}'; ids are non-empty strings.");
        }

        return value;
    }

    public string? OptionalString(string name)
    {
        if (values[IndexOf(name)] is not { } value)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Fail(name, ProblemCodes.InvalidType, $"'{name}' of {what} must be a string, not {Describe(value)}.");
            return null;
        }

        return value.GetString()!;
    }

    public bool Boolean(string name)
    {
        if (values[IndexOf(name)] is not { } value)
        {
            return false;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        Fail(name, ProblemCodes.InvalidType, $"'{name}' of {what} must be true or false, not {Describe(value)}.");
        return false;
    }

    public double RequiredNumber(string name)
    {
        if (values[IndexOf(name)] is null)
        {
            Fail(name, ProblemCodes.Required, $"{Capitalized(what)} has no '{name}'; it is required.");
            return 0;
        }

        return OptionalNumber(name) ?? 0;
    }

    public double? OptionalNumber(string name)
    {
        if (values[IndexOf(name)] is not { } value)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number)
        {
            Fail(name, ProblemCodes.InvalidType, $"'{name}' of {what} must be a number, not {Describe(value)}.");
            return null;
        }

        if (!value.TryGetDouble(out var number) || !double.IsFinite(number))
        {
            Fail(name, ProblemCodes.InvalidNumber, $"'{name}' of {what} is {value.GetRawText()}, which is not a finite number.");
            return null;
        }

        return number;
    }

    public DateOnly RequiredDate(string name)
    {
        if (values[IndexOf(name)] is null)
        {
            Fail(name, ProblemCodes.Required, $"{Capitalized(what)} has no '{name}'; it is required.");
            return default;
        }

        return OptionalDate(name) ?? default;
    }

    public DateOnly? OptionalDate(string name)
    {
        var text = OptionalString(name);
        if (text is null)
        {
            return null;
        }

        if (!NetworkFormat.TryParseDate(text, out var date))
        {
            Fail(name, ProblemCodes.InvalidDate, $"'{name}' of {what} is '{text}', which is not a calendar date written YYYY-MM-DD.");
            return null;
        }

        return date;
    }

    /// <summary>An enum value in the format's exact spelling; <paramref name="parse"/> is one of NetworkFormat's TryParse methods.</summary>
    public TEnum? OptionalEnum<TEnum>(string name, TryParse<TEnum> parse)
        where TEnum : struct, Enum
    {
        var text = OptionalString(name);
        if (text is null)
        {
            return null;
        }

        if (!parse(text, out var value))
        {
            Fail(name, ProblemCodes.InvalidEnum, $"'{name}' of {what} is '{text}'; it must be one of {NetworkFormat.DescribeAllowed<TEnum>()}.");
            return null;
        }

        return value;
    }

    public TEnum RequiredEnum<TEnum>(string name, TryParse<TEnum> parse)
        where TEnum : struct, Enum
    {
        if (values[IndexOf(name)] is null)
        {
            Fail(name, ProblemCodes.Required, $"{Capitalized(what)} has no '{name}'; it is required.");
            return default;
        }

        return OptionalEnum(name, parse) ?? default;
    }

    /// <summary>An array of strings; absent means empty. A non-string item is reported and kept as an empty placeholder.</summary>
    public IReadOnlyList<string> StringList(string name)
    {
        if (values[IndexOf(name)] is not { } value)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Fail(name, ProblemCodes.InvalidType, $"'{name}' of {what} must be an array of strings, not {Describe(value)}.");
            return [];
        }

        var items = new string[value.GetArrayLength()];
        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                items[i] = item.GetString()!;
            }
            else
            {
                var itemPath = $"{FieldPath(name)}[{i}]";
                problems.Add(new ValidationProblem(
                    itemPath, ProblemCodes.InvalidType, $"Item {i} of '{name}' of {what} must be a string, not {Describe(item)}."));
                gaps.Add(itemPath);
                items[i] = string.Empty;
            }

            i++;
        }

        return items;
    }

    /// <summary>Marks a field as unreadable after a rule the caller checks itself (e.g. a weight that is not positive).</summary>
    public void Fail(string name, string code, string message)
    {
        var fieldPath = FieldPath(name);
        problems.Add(new ValidationProblem(fieldPath, code, message));
        gaps.Add(fieldPath);
    }

    internal static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private int IndexOf(string name)
    {
        var index = Array.IndexOf(names, name);
        return index >= 0 ? index : throw new ArgumentException($"'{name}' is not a property of {what}.", nameof(name));
    }
}
