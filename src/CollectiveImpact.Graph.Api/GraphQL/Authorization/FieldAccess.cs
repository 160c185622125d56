namespace CollectiveImpact.Graph.Api.GraphQL.Authorization;

/// <summary>
/// Who may read a field: every output field of the schema carries one of these in its metadata (a test fails on
/// any field without), and both the validation rule and the field middleware enforce it. The classes are about
/// the data, not the operation, so a field is refused wherever it appears: at the top, nested, in a fragment, or
/// behind an interface.
/// </summary>
public sealed class FieldAccess
{
    public const string MetadataKey = "ci:access";

    private FieldAccess(string name, string description, params string[] roles)
    {
        Name = name;
        Description = description;
        Roles = roles.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Not about people: goals, indicators, progress, organizations, activities, ties, the map. Every role.</summary>
    public static FieldAccess Open { get; } = new(nameof(Open), "anything that is not about people",
        Auth.Roles.Backbone, Auth.Roles.Evaluator, Auth.Roles.Dashboard, Auth.Roles.Partner);

    /// <summary>
    /// About people (a person's fields, lists of people): not dashboards. Partners see only their own
    /// organization's people (<see cref="PersonVisibility"/>).
    /// </summary>
    public static FieldAccess People { get; } = new(nameof(People), "about people",
        Auth.Roles.Backbone, Auth.Roles.Evaluator, Auth.Roles.Partner);

    /// <summary>Personal contact data (a person's email): the backbone only.</summary>
    public static FieldAccess ContactData { get; } = new(nameof(ContactData), "personal contact data", Auth.Roles.Backbone);

    /// <summary>Analyses and their summaries: every role; per-node results that name people follow <see cref="PersonVisibility"/>.</summary>
    public static FieldAccess Analysis { get; } = new(nameof(Analysis), "analysis results",
        Auth.Roles.Backbone, Auth.Roles.Evaluator, Auth.Roles.Dashboard, Auth.Roles.Partner);

    /// <summary>Writes, the whole-network export (it carries contact data), the keys and the audit log: the backbone only.</summary>
    public static FieldAccess Backbone { get; } = new(nameof(Backbone), "for the backbone only", Auth.Roles.Backbone);

    /// <summary>Which findings were reviewed, by whom, with their notes: the backbone and evaluators, who run the meetings.</summary>
    public static FieldAccess Review { get; } = new(nameof(Review), "findings' review marks", Auth.Roles.Backbone, Auth.Roles.Evaluator);

    /// <summary>Partner survey rounds, who answered, per-partner scores (docs/survey.md): the backbone and evaluators.</summary>
    public static FieldAccess Survey { get; } = new(nameof(Survey), "partner survey rounds and per-partner scores", Auth.Roles.Backbone, Auth.Roles.Evaluator);

    /// <summary>
    /// Survey answers, free text included: the backbone and evaluators read all of them (through a round), a survey
    /// link only its own organization's (through its form, the one way it reaches an answer).
    /// </summary>
    public static FieldAccess SurveyAnswers { get; } = new(nameof(SurveyAnswers), "partners' survey answers",
        Auth.Roles.Backbone, Auth.Roles.Evaluator, Auth.Roles.Respondent);

    /// <summary>A survey link's form and the saving of its answers: the link's holder only, for its round and organization.</summary>
    public static FieldAccess SurveyForm { get; } = new(nameof(SurveyForm), "a survey link's own form", Auth.Roles.Respondent);

    /// <summary>Partners' proposed changes to their own details and people: the backbone (all) and partners (their own organization's).</summary>
    public static FieldAccess Proposals { get; } = new(nameof(Proposals), "proposed changes", Auth.Roles.Backbone, Auth.Roles.Partner);

    /// <summary>Proposing a change: partners only (the backbone edits directly).</summary>
    public static FieldAccess Propose { get; } = new(nameof(Propose), "proposing a change to one's own organization", Auth.Roles.Partner);

    public static IReadOnlyList<FieldAccess> All { get; } = [Open, People, ContactData, Analysis, Review, Survey, SurveyAnswers, SurveyForm, Proposals, Propose, Backbone];

    public string Name { get; }

    public string Description { get; }

    public IReadOnlySet<string> Roles { get; }

    public bool Allows(string role) => Roles.Contains(role);

    public override string ToString() => Name;
}
