using CollectiveImpact.Graph.Store.Validation;

namespace CollectiveImpact.Graph.Store.Surveys;

/// <summary>
/// The rules of a survey round and its answers (docs/survey.md, "Rules"), in one place for the document reader, the
/// form and the API: each problem names its path (each check takes the path where the round or response sits) and
/// says why, in the words the form shows next to the field.
/// </summary>
public static class SurveyRules
{
    public const int MaxNameLength = 200;
    public const int MaxQuestionLength = 1_000;
    public const int MaxAchievedLength = 2_000;
    public const int MaxOpenAnswerLength = 4_000;
    public const int MaxInvited = 5_000;

    /// <summary>The round's own fields: a name, closing not before opening, at least two distinct invited organizations.</summary>
    public static IEnumerable<ValidationProblem> CheckRound(SurveyRound round, string path)
    {
        if (string.IsNullOrWhiteSpace(round.Name))
        {
            yield return new($"{path}.name", ProblemCodes.Required, "A round needs a name, e.g. Partner survey 2026.");
        }
        else if (round.Name.Length > MaxNameLength)
        {
            yield return new($"{path}.name", ProblemCodes.TooLong, $"The name is {round.Name.Length} characters; at most {MaxNameLength}.");
        }

        if (round.Closes < round.Opens)
        {
            yield return new($"{path}.closes", ProblemCodes.EndBeforeStart, $"The round closes on {round.Closes:yyyy-MM-dd}, before it opens on {round.Opens:yyyy-MM-dd}.");
        }

        if (round.Question is { Length: > MaxQuestionLength })
        {
            yield return new($"{path}.question", ProblemCodes.TooLong, $"The open question is {round.Question.Length} characters; at most {MaxQuestionLength}.");
        }

        if (round.Invited.Count < 2)
        {
            yield return new($"{path}.invited", ProblemCodes.Required, "A round invites at least two organizations, so each has someone to answer about.");
        }
        else if (round.Invited.Count > MaxInvited)
        {
            yield return new($"{path}.invited", ProblemCodes.OutOfRange, $"A round invites at most {MaxInvited:N0} organizations; this one invites {round.Invited.Count:N0}.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < round.Invited.Count; i++)
        {
            if (!seen.Add(round.Invited[i]))
            {
                yield return new($"{path}.invited[{i}]", ProblemCodes.DuplicateReference, $"'{round.Invited[i]}' is invited more than once.");
            }
        }
    }

    /// <summary>
    /// One response against its round: from an invited organization, about other invited partners, each once, every
    /// number 1–4, texts within bounds; a partner it does not work with carries no level or scores; a submitted
    /// response answers everything about each partner it works with (the achievements text stays optional).
    /// </summary>
    public static IEnumerable<ValidationProblem> CheckResponse(SurveyResponse response, SurveyRound round, string path)
    {
        var invited = new HashSet<string>(round.Invited, StringComparer.Ordinal);
        if (!invited.Contains(response.Organization))
        {
            yield return new($"{path}.organization", ProblemCodes.NotInvited, $"'{response.Organization}' is not invited to the round '{round.Name}'.");
        }

        if (response.OpenAnswer is { Length: > MaxOpenAnswerLength })
        {
            yield return new($"{path}.openAnswer", ProblemCodes.TooLong, $"The answer to the open question is {response.OpenAnswer.Length} characters; at most {MaxOpenAnswerLength}.");
        }

        var partners = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < response.Answers.Count; i++)
        {
            foreach (var problem in CheckAnswer(response.Answers[i], response, invited, partners, $"{path}.answers[{i}]"))
            {
                yield return problem;
            }
        }
    }

    private static IEnumerable<ValidationProblem> CheckAnswer(
        PartnerAnswer answer, SurveyResponse response, HashSet<string> invited, HashSet<string> partners, string path)
    {
        if (answer.Partner == response.Organization)
        {
            yield return new($"{path}.partner", ProblemCodes.SelfTie, "An organization answers about the other partners, not about itself.");
        }
        else if (!invited.Contains(answer.Partner))
        {
            yield return new($"{path}.partner", ProblemCodes.NotInvited, $"'{answer.Partner}' is not one of the round's invited partners.");
        }
        else if (!partners.Add(answer.Partner))
        {
            yield return new($"{path}.partner", ProblemCodes.DuplicateReference, $"'{answer.Partner}' is answered about more than once.");
        }

        foreach (var (name, words, value) in Scores(answer))
        {
            if (value is { } number && number is < 1 or > 4)
            {
                yield return new($"{path}.{name}", ProblemCodes.OutOfRange, $"'{name}' ({words}) is {number}; answers go from 1 to 4.");
            }
            else if (!answer.WorksTogether && value is not null)
            {
                yield return new($"{path}.{name}", ProblemCodes.InconsistentAnswer, $"'{name}' ({words}) is answered, but the answer says they do not work together.");
            }
            else if (answer.WorksTogether && value is null && response.IsSubmitted)
            {
                yield return new($"{path}.{name}", ProblemCodes.IncompleteAnswer, $"'{name}' ({words}) is not answered; to submit, answer every question about each partner you work with.");
            }
        }

        if (!answer.WorksTogether && answer.Frequency is not null)
        {
            yield return new($"{path}.frequency", ProblemCodes.InconsistentAnswer, "'frequency' (how often you are in touch) is answered, but the answer says they do not work together.");
        }
        else if (answer.WorksTogether && answer.Frequency is null && response.IsSubmitted)
        {
            yield return new($"{path}.frequency", ProblemCodes.IncompleteAnswer, "'frequency' (how often you are in touch) is not answered; to submit, answer every question about each partner you work with.");
        }

        if (answer.Achieved is { Length: > MaxAchievedLength })
        {
            yield return new($"{path}.achieved", ProblemCodes.TooLong, $"'achieved' is {answer.Achieved.Length} characters; at most {MaxAchievedLength}.");
        }
    }

    /// <summary>Each numbered answer with its field name and, for the form, the question in a few words.</summary>
    private static IEnumerable<(string Name, string Words, int? Value)> Scores(PartnerAnswer answer) =>
    [
        ("level", "how closely you work together", answer.Level),
        ("reliable", "trust: how reliable they are", answer.Reliable),
        ("supportsMission", "trust: how much they support the shared mission", answer.SupportsMission),
        ("openToDiscussion", "trust: how open to discussion they are", answer.OpenToDiscussion),
        ("influence", "value: their power and influence", answer.Influence),
        ("involvement", "value: how involved they are", answer.Involvement),
        ("resources", "value: the resources they contribute", answer.Resources),
    ];
}
