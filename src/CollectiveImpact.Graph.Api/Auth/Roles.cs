namespace CollectiveImpact.Graph.Api.Auth;

/// <summary>
/// The four roles a caller can hold (docs/security.md). A key carries exactly one; a JWT names one in its role
/// claim. Spelled in lower case on the wire, in keys and in tokens.
/// </summary>
public static class Roles
{
    /// <summary>The backbone organization: reads and writes everything, including the audit log and the keys.</summary>
    public const string Backbone = "backbone";

    /// <summary>Evaluators: read everything and run analyses, but never personal contact data.</summary>
    public const string Evaluator = "evaluator";

    /// <summary>Dashboards: aggregates, indicator progress and analysis summaries; no people at all.</summary>
    public const string Dashboard = "dashboard";

    /// <summary>A partner organization: the network map and its own organization's people, without contact data.</summary>
    public const string Partner = "partner";

    /// <summary>
    /// Not a role anyone is given: the holder of one survey link (docs/survey.md), who may read that round's form and
    /// save that one organization's answers, and nothing else. Never in <see cref="All"/>: no key, token or share link
    /// is created with it but through a survey round's invitations.
    /// </summary>
    public const string Respondent = "respondent";

    public static IReadOnlyList<string> All { get; } = [Backbone, Evaluator, Dashboard, Partner];

    /// <summary>The role spelled as given (any case), or null when it is not one of <see cref="All"/>.</summary>
    public static string? Parse(string? value) =>
        All.FirstOrDefault(r => string.Equals(r, value?.Trim(), StringComparison.OrdinalIgnoreCase));
}
