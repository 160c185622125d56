using System.Text.Encodings.Web;
using System.Text.Json;
using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Surveys;

namespace CollectiveImpact.Graph.Store.Documents;

/// <summary>
/// Writes a network as its canonical document (docs/format/network-format-v1.md, "Canonical form"): properties
/// in the order of the spec's example, enum values and dates in the format's spelling, numbers in their shortest
/// round-trip form, absent optional values omitted, lists always written. Canonical so that
/// export → import → export is byte-identical and exports can be diffed.
/// </summary>
public static class NetworkDocumentWriter
{
    // The document is data, not HTML: non-ASCII names stay readable instead of becoming \uXXXX. Quotes,
    // backslashes and control characters are still escaped, so the output is always valid JSON.
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>The network as a canonical UTF-8 JSON document (format collective-impact-network/1).</summary>
    public static byte[] Write(Network network, bool indented = false) => Write(network, surveys: null, indented);

    /// <summary>
    /// The network and its survey rounds as one canonical document; the <c>surveys</c> section is written only when
    /// there is a round, so a network without surveys reads exactly as before the section existed.
    /// </summary>
    public static byte[] Write(Network network, IReadOnlyList<SurveyRound>? surveys, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(network);
        using var buffer = new MemoryStream();
        Write(buffer, network, surveys, indented);
        return buffer.ToArray();
    }

    /// <summary>Streams the document to <paramref name="utf8Output"/> (e.g. an HTTP response body).</summary>
    public static void Write(Stream utf8Output, Network network, bool indented = false) => Write(utf8Output, network, surveys: null, indented);

    public static void Write(Stream utf8Output, Network network, IReadOnlyList<SurveyRound>? surveys, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(utf8Output);
        using var writer = new Utf8JsonWriter(utf8Output, new JsonWriterOptions { Indented = indented, Encoder = Encoder });
        Write(writer, network, surveys);
    }

    /// <summary>Writes the document as one JSON value to <paramref name="writer"/>, flushing it at the end.</summary>
    public static void Write(Utf8JsonWriter writer, Network network, IReadOnlyList<SurveyRound>? surveys = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(network);
        writer.WriteStartObject();
        writer.WriteString("format", NetworkFormat.FormatId);
        if (network.Initiative is { } initiative)
        {
            writer.WriteStartObject("initiative");
            writer.WriteString("id", initiative.Id);
            writer.WriteString("name", initiative.Name);
            WriteOptional(writer, "backbone", initiative.Backbone);
            WriteOptional(writer, "description", initiative.Description);
            writer.WriteEndObject();
        }

        WriteList(writer, "goals", network.Goals, WriteGoal);
        WriteList(writer, "indicators", network.Indicators, WriteIndicator);
        WriteList(writer, "measurements", network.Measurements, WriteMeasurement);
        WriteList(writer, "organizations", network.Organizations, WriteOrganization);
        WriteList(writer, "people", network.People, WritePerson);
        WriteList(writer, "activities", network.Activities, WriteActivity);
        WriteList(writer, "ties", network.Ties, WriteTie);
        if (surveys is { Count: > 0 })
        {
            WriteList(writer, "surveys", surveys, WriteSurveyRound);
        }

        writer.WriteEndObject();
        writer.Flush();
    }

    private static void WriteSurveyRound(Utf8JsonWriter writer, SurveyRound round)
    {
        writer.WriteString("id", round.Id);
        writer.WriteString("name", round.Name);
        WriteDate(writer, "opens", round.Opens);
        WriteDate(writer, "closes", round.Closes);
        WriteOptional(writer, "question", round.Question);
        WriteStrings(writer, "invited", round.Invited);
        WriteOptionalDate(writer, "closed", round.Closed);
        WriteOptionalDate(writer, "applied", round.Applied);
        WriteList(writer, "responses", round.Responses, WriteSurveyResponse);
    }

    private static void WriteSurveyResponse(Utf8JsonWriter writer, SurveyResponse response)
    {
        writer.WriteString("organization", response.Organization);
        WriteInstant(writer, "updated", response.Updated);
        if (response.Submitted is { } submitted)
        {
            WriteInstant(writer, "submitted", submitted);
        }

        WriteOptional(writer, "openAnswer", response.OpenAnswer);
        WriteList(writer, "answers", response.Answers, WritePartnerAnswer);
    }

    private static void WritePartnerAnswer(Utf8JsonWriter writer, PartnerAnswer answer)
    {
        writer.WriteString("partner", answer.Partner);
        writer.WriteBoolean("worksTogether", answer.WorksTogether);
        if (answer.Frequency is { } frequency)
        {
            writer.WriteString("frequency", NetworkFormat.Name(frequency));
        }

        foreach (var (name, value) in new[]
        {
            ("level", answer.Level), ("reliable", answer.Reliable), ("supportsMission", answer.SupportsMission), ("openToDiscussion", answer.OpenToDiscussion),
            ("influence", answer.Influence), ("involvement", answer.Involvement), ("resources", answer.Resources),
        })
        {
            if (value is { } number)
            {
                writer.WriteNumber(name, number);
            }
        }

        WriteOptional(writer, "achieved", answer.Achieved);
    }

    private static void WriteGoal(Utf8JsonWriter writer, Goal goal)
    {
        writer.WriteString("id", goal.Id);
        writer.WriteString("name", goal.Name);
        WriteOptional(writer, "description", goal.Description);
    }

    private static void WriteIndicator(Utf8JsonWriter writer, Indicator indicator)
    {
        writer.WriteString("id", indicator.Id);
        writer.WriteString("name", indicator.Name);
        writer.WriteString("goal", indicator.Goal);
        WriteOptional(writer, "unit", indicator.Unit);
        writer.WriteString("direction", NetworkFormat.Name(indicator.Direction));
        WriteDatedValue(writer, "baseline", indicator.Baseline);
        WriteDatedValue(writer, "target", indicator.Target);
    }

    private static void WriteMeasurement(Utf8JsonWriter writer, Measurement measurement)
    {
        writer.WriteString("indicator", measurement.Indicator);
        WriteDate(writer, "date", measurement.Date);
        writer.WriteNumber("value", measurement.Value);
        WriteOptional(writer, "reportedBy", measurement.ReportedBy);
    }

    private static void WriteOrganization(Utf8JsonWriter writer, Organization organization)
    {
        writer.WriteString("id", organization.Id);
        writer.WriteString("name", organization.Name);
        if (organization.Sector is { } sector)
        {
            writer.WriteString("sector", NetworkFormat.Name(sector));
        }

        writer.WriteBoolean("communityLed", organization.CommunityLed);
        WriteStrings(writer, "goals", organization.Goals);
        WriteOptionalDate(writer, "since", organization.Since);
        WriteOptionalDate(writer, "until", organization.Until);
    }

    private static void WritePerson(Utf8JsonWriter writer, Person person)
    {
        writer.WriteString("id", person.Id);
        writer.WriteString("name", person.Name);
        WriteOptional(writer, "organization", person.Organization);
        WriteOptional(writer, "role", person.Role);
        WriteOptional(writer, "email", person.Email);
        writer.WriteBoolean("communityMember", person.CommunityMember);
        WriteOptionalDate(writer, "since", person.Since);
        WriteOptionalDate(writer, "until", person.Until);
    }

    private static void WriteActivity(Utf8JsonWriter writer, Activity activity)
    {
        writer.WriteString("id", activity.Id);
        writer.WriteString("name", activity.Name);
        writer.WriteString("lead", activity.Lead);
        WriteStrings(writer, "partners", activity.Partners);
        WriteStrings(writer, "indicators", activity.Indicators);
        WriteStrings(writer, "populations", activity.Populations);
        WriteStrings(writer, "places", activity.Places);
        if (activity.Status is { } status)
        {
            writer.WriteString("status", NetworkFormat.Name(status));
        }

        WriteOptionalDate(writer, "start", activity.Start);
        WriteOptionalDate(writer, "end", activity.End);
    }

    private static void WriteTie(Utf8JsonWriter writer, Tie tie)
    {
        writer.WriteString("from", tie.From);
        writer.WriteString("to", tie.To);
        writer.WriteString("type", NetworkFormat.Name(tie.Type));
        if (tie.Weight is { } weight)
        {
            writer.WriteNumber("weight", weight);
        }

        WriteOptionalDate(writer, "since", tie.Since);
        WriteOptionalDate(writer, "until", tie.Until);
    }

    private static void WriteList<T>(Utf8JsonWriter writer, string name, IReadOnlyList<T> entries, Action<Utf8JsonWriter, T> writeEntry)
    {
        writer.WriteStartArray(name);
        foreach (var entry in entries)
        {
            writer.WriteStartObject();
            writeEntry(writer, entry);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void WriteDatedValue(Utf8JsonWriter writer, string name, DatedValue? value)
    {
        if (value is null)
        {
            return;
        }

        writer.WriteStartObject(name);
        writer.WriteNumber("value", value.Value);
        WriteOptionalDate(writer, "date", value.Date);
        writer.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteOptionalDate(Utf8JsonWriter writer, string name, DateOnly? date)
    {
        if (date is { } value)
        {
            WriteDate(writer, name, value);
        }
    }

    /// <summary>A moment in UTC with seven decimals, one spelling for every moment (2026-03-10T09:30:00.0000000Z).</summary>
    private static void WriteInstant(Utf8JsonWriter writer, string name, DateTimeOffset instant) =>
        writer.WriteString(name, instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture));

    private static void WriteDate(Utf8JsonWriter writer, string name, DateOnly date)
    {
        Span<char> text = stackalloc char[10];
        date.TryFormat(text, out _, NetworkFormat.DateFormat, System.Globalization.CultureInfo.InvariantCulture);
        writer.WriteString(name, text);
    }
}
