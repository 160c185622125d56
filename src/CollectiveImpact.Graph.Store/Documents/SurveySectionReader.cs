using System.Globalization;
using System.Text.Json;
using CollectiveImpact.Graph.Store.Surveys;
using CollectiveImpact.Graph.Store.Validation;

namespace CollectiveImpact.Graph.Store.Documents;

/// <summary>
/// Reads the document's optional <c>surveys</c> section (docs/format/network-format-v1.md, "Surveys"): the shape of
/// each round, response and answer with the document's own getters and paths, then <see cref="SurveyRules"/> on each
/// round read whole. A round with a shape problem is not checked further, so one mistake is reported once.
/// </summary>
internal sealed class SurveySectionReader(ProblemList problems, DocumentGaps gaps)
{
    private static readonly string[] RoundProperties = ["id", "name", "opens", "closes", "question", "invited", "closed", "applied", "responses"];
    private static readonly string[] ResponseProperties = ["organization", "updated", "submitted", "openAnswer", "answers"];
    private static readonly string[] AnswerProperties =
        ["partner", "worksTogether", "frequency", "level", "reliable", "supportsMission", "openToDiscussion", "influence", "involvement", "resources", "achieved"];

    /// <summary>ISO 8601 with seconds, up to seven decimals and an offset: Z (as the writer writes it) or ±hh:mm.</summary>
    private static readonly string[] InstantFormats = ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz"];

    private readonly HashSet<string> ids = new(StringComparer.Ordinal);

    public SurveyRound Round(JsonElement element, string path)
    {
        var before = problems.Count;
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new ValidationProblem(path, ProblemCodes.InvalidType, $"A survey round is a JSON object, not {DocumentObject.Describe(element)}."));
            return new SurveyRound(string.Empty, string.Empty, default, default, []);
        }

        var fields = new DocumentObject(element, path, "a survey round", RoundProperties, problems, gaps);
        var round = new SurveyRound(
            fields.RequiredString("id", isId: true),
            fields.RequiredString("name"),
            fields.RequiredDate("opens"),
            fields.RequiredDate("closes"),
            fields.StringList("invited"),
            fields.OptionalString("question"),
            fields.OptionalDate("closed"),
            fields.OptionalDate("applied"))
        {
            Responses = Items(fields, "responses", Response),
        };

        // A duplicate id is no shape problem: the round is read whole, so its own rules are still checked.
        var readWhole = problems.Count == before;
        if (round.Id.Length > 0 && !ids.Add(round.Id))
        {
            problems.Add(new ValidationProblem($"{path}.id", ProblemCodes.DuplicateId, $"Another survey round has the id '{round.Id}'; round ids are unique."));
        }

        if (readWhole)
        {
            Report(SurveyRules.CheckRound(round, path));
            var organizations = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < round.Responses.Count; i++)
            {
                var response = round.Responses[i];
                var at = $"{path}.responses[{i}]";
                if (!organizations.Add(response.Organization))
                {
                    problems.Add(new ValidationProblem($"{at}.organization", ProblemCodes.DuplicateReference, $"'{response.Organization}' has more than one response in the round."));
                }

                Report(SurveyRules.CheckResponse(response, round, at));
            }
        }

        return round;
    }

    private SurveyResponse Response(JsonElement element, string path)
    {
        var fields = new DocumentObject(element, path, "a survey response", ResponseProperties, problems, gaps);
        return new SurveyResponse(
            fields.RequiredString("organization", isId: true),
            Instant(fields, "updated", required: true) ?? default,
            Instant(fields, "submitted", required: false),
            Items(fields, "answers", Answer),
            fields.OptionalString("openAnswer"));
    }

    private PartnerAnswer Answer(JsonElement element, string path)
    {
        var fields = new DocumentObject(element, path, "a survey answer", AnswerProperties, problems, gaps);
        if (fields.Raw("worksTogether") is null)
        {
            fields.Fail("worksTogether", ProblemCodes.Required, "A survey answer has no 'worksTogether'; it is required.");
        }

        return new PartnerAnswer(
            fields.RequiredString("partner", isId: true),
            fields.Boolean("worksTogether"),
            fields.OptionalEnum<ContactFrequency>("frequency", NetworkFormat.TryParseFrequency),
            Whole(fields, "level"),
            Whole(fields, "reliable"),
            Whole(fields, "supportsMission"),
            Whole(fields, "openToDiscussion"),
            Whole(fields, "influence"),
            Whole(fields, "involvement"),
            Whole(fields, "resources"),
            fields.OptionalString("achieved"));
    }

    private static int? Whole(DocumentObject fields, string name)
    {
        if (fields.OptionalNumber(name) is not { } number)
        {
            return null;
        }

        if (number != Math.Floor(number) || number is < int.MinValue or > int.MaxValue)
        {
            fields.Fail(name, ProblemCodes.InvalidNumber, $"'{name}' is {number.ToString(CultureInfo.InvariantCulture)}; answers are whole numbers from 1 to 4.");
            return null;
        }

        return (int)number;
    }

    /// <summary>A moment written in ISO 8601 with its offset (2026-03-10T09:30:00Z), as the writer writes it.</summary>
    private static DateTimeOffset? Instant(DocumentObject fields, string name, bool required)
    {
        if (fields.Raw(name) is null)
        {
            if (required)
            {
                fields.Fail(name, ProblemCodes.Required, $"A survey response has no '{name}'; it is required.");
            }

            return null;
        }

        var text = fields.OptionalString(name);
        if (text is null)
        {
            return null;
        }

        // Exactly: a moment without its offset would be read in the machine's own time zone.
        if (!DateTimeOffset.TryParseExact(text, InstantFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            fields.Fail(name, ProblemCodes.InvalidDate, $"'{name}' is '{text}', which is not a moment written like 2026-03-10T09:30:00Z.");
            return null;
        }

        return instant;
    }

    private List<T> Items<T>(DocumentObject fields, string name, Func<JsonElement, string, T> read)
    {
        var items = new List<T>();
        if (fields.Raw(name) is not { } list)
        {
            return items;
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            fields.Fail(name, ProblemCodes.InvalidType, $"'{name}' must be an array, not {DocumentObject.Describe(list)}.");
            return items;
        }

        var i = 0;
        foreach (var item in list.EnumerateArray())
        {
            var at = $"{fields.FieldPath(name)}[{i++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                problems.Add(new ValidationProblem(at, ProblemCodes.InvalidType, $"Each of '{name}' is a JSON object, not {DocumentObject.Describe(item)}."));
                continue;
            }

            items.Add(read(item, at));
        }

        return items;
    }

    private void Report(IEnumerable<ValidationProblem> found)
    {
        foreach (var problem in found)
        {
            problems.Add(problem);
        }
    }
}
