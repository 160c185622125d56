using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Api.Services.Imports;

/// <summary>
/// How a Kumu map's element and connection types become the network's kinds and ties (configuration section
/// <c>Import:Kumu</c>; <c>POST /import</c>'s <c>elementTypes</c> and <c>connectionTypes</c> add to it per import).
/// Types are matched ignoring case, spaces and punctuation. docs/spreadsheets.md lists the defaults.
/// </summary>
public sealed class KumuOptions
{
    /// <summary>Element type → kind: <c>organization</c>, <c>person</c>, <c>activity</c>, <c>goal</c> or <c>indicator</c>.</summary>
    public Dictionary<string, string> ElementTypes { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Connection type → a tie type (<c>COLLABORATES</c>, <c>COMMUNICATES</c>, <c>FUNDS</c>, <c>REFERS</c>,
    /// <c>SHARES_DATA</c>, <c>FEEDS_INTO</c>) or a field: <c>MEMBER</c> (a person's organization), <c>LEAD</c> (an
    /// activity's lead), <c>PARTNER</c> (an activity's partner), <c>COMMITS</c> (an organization's goal),
    /// <c>MEASURES</c> (an indicator's goal, or an activity's indicator).
    /// </summary>
    public Dictionary<string, string> ConnectionTypes { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The element types read without configuration.</summary>
    public static IReadOnlyDictionary<string, NodeKind> DefaultElementTypes { get; } = Defaults(new Dictionary<NodeKind, string[]>
    {
        [NodeKind.Organization] = ["organization", "organisation", "org", "partner", "agency", "nonprofit", "ngo", "charity", "company", "business", "funder", "foundation", "government", "council", "school", "university", "community group", "service provider"],
        [NodeKind.Person] = ["person", "people", "individual", "staff", "contact", "member", "volunteer", "leader", "resident"],
        [NodeKind.Activity] = ["activity", "project", "program", "programme", "working group", "event", "campaign", "service", "strategy"],
        [NodeKind.Goal] = ["goal", "outcome", "objective", "priority", "result"],
        [NodeKind.Indicator] = ["indicator", "measure", "metric", "kpi"],
    });

    /// <summary>The connection types read without configuration (<see cref="ConnectionTypes"/> says what each value means).</summary>
    public static IReadOnlyDictionary<string, string> DefaultConnectionTypes { get; } = Defaults(new Dictionary<string, string[]>
    {
        ["COLLABORATES"] = ["collaborates", "collaboration", "collaborate", "collaborates with", "partnership", "works with", "alliance", "coalition"],
        ["COMMUNICATES"] = ["communicates", "communication", "communicates with", "contact", "knows", "talks to", "information sharing", "informal", "friend"],
        ["FUNDS"] = ["funds", "funding", "fund", "grant", "grants", "donates", "invests", "funded"],
        ["REFERS"] = ["refers", "referral", "referrals", "refers to"],
        ["SHARES_DATA"] = ["shares data", "data sharing", "data", "shares data with"],
        ["FEEDS_INTO"] = ["feeds into", "feeds", "input", "inputs", "informs"],
        ["MEMBER"] = ["member", "member of", "works at", "works for", "staff", "employee", "employed by", "belongs to"],
        ["LEAD"] = ["lead", "leads", "runs", "coordinates", "convenes"],
        ["PARTNER"] = ["partner", "partner in", "partners", "participates", "participates in", "involved in", "supports", "contributes"],
        ["COMMITS"] = ["commits to", "committed to", "works toward", "works towards", "contributes to", "pursues"],
        ["MEASURES"] = ["measures", "tracks", "measured by", "indicator"],
    });

    /// <summary>The meanings a connection type may have.</summary>
    public static IReadOnlyList<string> ConnectionMeanings { get; } =
        ["COLLABORATES", "COMMUNICATES", "FUNDS", "REFERS", "SHARES_DATA", "FEEDS_INTO", "MEMBER", "LEAD", "PARTNER", "COMMITS", "MEASURES"];

    private static Dictionary<string, TValue> Defaults<TValue>(Dictionary<TValue, string[]> byValue)
        where TValue : notnull =>
        byValue.SelectMany(p => p.Value.Select(name => (Name: WorkbookDocumentBuilder.Normalized(name), p.Key)))
            .ToDictionary(p => p.Name, p => p.Key);
}
