using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Validation;

namespace CollectiveImpact.Graph.Store.Documents;

/// <summary>
/// Reads one entry straight from a <see cref="Utf8JsonReader"/> positioned on its <c>{</c>, without a
/// <see cref="JsonDocument"/>, when the entry is exactly what the format asks for: only known properties, each once,
/// each of its type, required ones present, ids non-empty, dates, enums and weights valid, no escaped name, date or
/// enum. It says no at the first thing that is not so, and the caller reads that entry again the slow way
/// (<see cref="DocumentEntryReader"/>), which finds and words every problem; so what this reads is what the slow
/// reader would have read, and nothing it refuses is lost.
/// </summary>
/// <remarks>
/// Reading every entry through a JsonDocument (three passes over its bytes, a property lookup per field, a path and
/// a name string per entry) was 46% of a 20,000-organization import (docs/import.md).
/// </remarks>
internal static class FastEntryReader
{
    /// <summary>Reads an entry; on true the reader is on the entry's <c>}</c>, on false it is anywhere.</summary>
    public delegate bool Read<T>(ref Utf8JsonReader reader, [NotNullWhen(true)] out T? value);

    public static bool Organization(ref Utf8JsonReader reader, [NotNullWhen(true)] out Organization? value)
    {
        value = null;
        string? id = null, name = null;
        Sector? sector = null;
        var communityLed = false;
        IReadOnlyList<string>? goals = null;
        DateOnly? since = null, until = null;
        var seen = 0;
        int bit;
        while (NextProperty(ref reader, out bit, ref seen, OrganizationNames))
        {
            var ok = bit switch
            {
                0 => String(ref reader, out id),
                1 => String(ref reader, out name),
                2 => Enum(ref reader, NetworkFormat.TryParseSector, out sector),
                3 => Boolean(ref reader, out communityLed),
                4 => StringList(ref reader, out goals),
                5 => Date(ref reader, out since),
                6 => Date(ref reader, out until),
                _ => false,
            };
            if (!ok)
            {
                return false;
            }
        }

        if (bit < 0 || string.IsNullOrEmpty(id) || name is null)
        {
            return false;
        }

        value = new Organization(id, name, sector, communityLed, goals, since, until);
        return true;
    }

    public static bool Person(ref Utf8JsonReader reader, [NotNullWhen(true)] out Person? value)
    {
        value = null;
        string? id = null, name = null, organization = null, role = null, email = null;
        var communityMember = false;
        DateOnly? since = null, until = null;
        var seen = 0;
        int bit;
        while (NextProperty(ref reader, out bit, ref seen, PersonNames))
        {
            var ok = bit switch
            {
                0 => String(ref reader, out id),
                1 => String(ref reader, out name),
                2 => String(ref reader, out organization),
                3 => String(ref reader, out role),
                4 => String(ref reader, out email),
                5 => Boolean(ref reader, out communityMember),
                6 => Date(ref reader, out since),
                7 => Date(ref reader, out until),
                _ => false,
            };
            if (!ok)
            {
                return false;
            }
        }

        if (bit < 0 || string.IsNullOrEmpty(id) || name is null)
        {
            return false;
        }

        value = new Person(id, name, organization, role, email, communityMember, since, until);
        return true;
    }

    public static bool Activity(ref Utf8JsonReader reader, [NotNullWhen(true)] out Activity? value)
    {
        value = null;
        string? id = null, name = null, lead = null;
        IReadOnlyList<string>? partners = null, indicators = null, populations = null, places = null;
        ActivityStatus? status = null;
        DateOnly? start = null, end = null;
        var seen = 0;
        int bit;
        while (NextProperty(ref reader, out bit, ref seen, ActivityNames))
        {
            var ok = bit switch
            {
                0 => String(ref reader, out id),
                1 => String(ref reader, out name),
                2 => String(ref reader, out lead),
                3 => StringList(ref reader, out partners),
                4 => StringList(ref reader, out indicators),
                5 => StringList(ref reader, out populations),
                6 => StringList(ref reader, out places),
                7 => Enum(ref reader, NetworkFormat.TryParseActivityStatus, out status),
                8 => Date(ref reader, out start),
                9 => Date(ref reader, out end),
                _ => false,
            };
            if (!ok)
            {
                return false;
            }
        }

        if (bit < 0 || string.IsNullOrEmpty(id) || name is null || lead is null)
        {
            return false;
        }

        value = new Activity(id, name, lead, partners, indicators, populations, places, status, start, end);
        return true;
    }

    public static bool Tie(ref Utf8JsonReader reader, [NotNullWhen(true)] out Tie? value)
    {
        value = null;
        string? from = null, to = null;
        TieType? type = null;
        double? weight = null;
        DateOnly? since = null, until = null;
        var seen = 0;
        int bit;
        while (NextProperty(ref reader, out bit, ref seen, TieNames))
        {
            var ok = bit switch
            {
                0 => String(ref reader, out from),
                1 => String(ref reader, out to),
                2 => Enum(ref reader, NetworkFormat.TryParseTieType, out type),
                3 => Number(ref reader, out weight) && (weight is not { } w || ValueRules.IsValidWeight(w)),
                4 => Date(ref reader, out since),
                5 => Date(ref reader, out until),
                _ => false,
            };
            if (!ok)
            {
                return false;
            }
        }

        if (bit < 0 || from is null || to is null || type is not { } tieType)
        {
            return false;
        }

        value = new Tie(from, to, tieType, weight, since, until);
        return true;
    }

    public static bool Measurement(ref Utf8JsonReader reader, [NotNullWhen(true)] out Measurement? value)
    {
        value = null;
        string? indicator = null, reportedBy = null;
        DateOnly? date = null;
        double? number = null;
        var seen = 0;
        int bit;
        while (NextProperty(ref reader, out bit, ref seen, MeasurementNames))
        {
            var ok = bit switch
            {
                0 => String(ref reader, out indicator),
                1 => Date(ref reader, out date),
                2 => Number(ref reader, out number),
                3 => String(ref reader, out reportedBy),
                _ => false,
            };
            if (!ok)
            {
                return false;
            }
        }

        if (bit < 0 || indicator is null || date is not { } day || number is not { } v)
        {
            return false;
        }

        value = new Measurement(indicator, day, v, reportedBy);
        return true;
    }

    // The property names of each kind in DocumentEntryReader's order, so a property's index here is its index there.
    private static readonly PropertyNames OrganizationNames = new(DocumentEntryReader.OrganizationProperties);
    private static readonly PropertyNames PersonNames = new(DocumentEntryReader.PersonProperties);
    private static readonly PropertyNames ActivityNames = new(DocumentEntryReader.ActivityProperties);
    private static readonly PropertyNames TieNames = new(DocumentEntryReader.TieProperties);
    private static readonly PropertyNames MeasurementNames = new(DocumentEntryReader.MeasurementProperties);

    /// <summary>
    /// Moves to the next property's value: true with its index; false at the entry's end (<paramref name="bit"/> 0)
    /// or at something the fast path does not take (<paramref name="bit"/> -1: not an object, an unknown, repeated
    /// or escaped name).
    /// </summary>
    private static bool NextProperty(ref Utf8JsonReader reader, out int bit, ref int seen, PropertyNames names)
    {
        if (seen == 0 && reader.TokenType != JsonTokenType.StartObject)
        {
            bit = -1;
            return false;
        }

        reader.Read();
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            bit = 0;
            return false;
        }

        bit = reader.ValueIsEscaped ? -1 : names.IndexOf(reader.ValueSpan);
        if (bit < 0 || (seen & (2 << bit)) != 0)
        {
            bit = -1;
            return false;
        }

        // Bit 0 of seen marks the object as opened, so the start check above runs once.
        seen |= 1 | (2 << bit);
        reader.Read();
        return true;
    }

    /// <summary>A string or null (absent).</summary>
    private static bool String(ref Utf8JsonReader reader, out string? value)
    {
        value = null;
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return true;
            case JsonTokenType.String:
                value = reader.GetString();
                return true;
            default:
                return false;
        }
    }

    private static bool Boolean(ref Utf8JsonReader reader, out bool value)
    {
        value = reader.TokenType == JsonTokenType.True;
        return reader.TokenType is JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null;
    }

    private static bool Number(ref Utf8JsonReader reader, out double? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDouble(out var number) || !double.IsFinite(number))
        {
            return false;
        }

        value = number;
        return true;
    }

    private static bool Date(ref Utf8JsonReader reader, out DateOnly? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped
            || !NetworkFormat.TryParseDate(reader.ValueSpan, out var date))
        {
            return false;
        }

        value = date;
        return true;
    }

    private delegate bool Utf8Parse<TEnum>(ReadOnlySpan<byte> utf8, out TEnum value);

    private static bool Enum<TEnum>(ref Utf8JsonReader reader, Utf8Parse<TEnum> parse, out TEnum? value)
        where TEnum : struct
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped || !parse(reader.ValueSpan, out var parsed))
        {
            return false;
        }

        value = parsed;
        return true;
    }

    /// <summary>An array of strings, or null (absent).</summary>
    private static bool StringList(ref Utf8JsonReader reader, out IReadOnlyList<string>? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        List<string>? items = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                return false;
            }

            (items ??= []).Add(reader.GetString()!);
        }

        value = items is null ? [] : items.ToArray();
        return true;
    }

    /// <summary>A kind's property names as UTF-8, for matching a name read from the bytes without making a string.</summary>
    private sealed class PropertyNames(string[] names)
    {
        private readonly byte[][] utf8 = Array.ConvertAll(names, System.Text.Encoding.UTF8.GetBytes);

        /// <summary>The name's index in the list, or -1.</summary>
        public int IndexOf(ReadOnlySpan<byte> name)
        {
            for (var i = 0; i < utf8.Length; i++)
            {
                if (name.SequenceEqual(utf8[i]))
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
