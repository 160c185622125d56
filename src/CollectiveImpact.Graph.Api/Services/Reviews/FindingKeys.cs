using CollectiveImpact.Graph.Analytics.Brokerage;
using CollectiveImpact.Graph.Analytics.Gaps;
using CollectiveImpact.Graph.Analytics.Overlaps;
using CollectiveImpact.Graph.Analytics.Reinforcement;

namespace CollectiveImpact.Graph.Api.Services.Reviews;

/// <summary>
/// The stable key of a finding (docs/analyses.md, <i>Reviewed findings</i>): what it is about, never its rank, score,
/// message or the network version, so the same finding on a later version has the same key and keeps its review.
/// <list type="bullet">
/// <item><c>gap:KIND:id|id…</c>: a gap finding's kind and its nodes' ids in ordinal order;</item>
/// <item><c>overlap:a|b</c>: two overlapping activities;</item>
/// <item><c>unreinforced:goal:a|b</c>: two activities of one goal that do not reinforce each other;</item>
/// <item><c>introduction:a|b</c>: two organizations the backbone could introduce.</item>
/// </list>
/// </summary>
public static class FindingKeys
{
    public const int MaxLength = 1000;

    private static readonly string[] Prefixes = ["gap:", "overlap:", "unreinforced:", "introduction:"];

    public static string Of(GapFinding finding) =>
        $"gap:{finding.Kind.ToScreamingSnake()}:{Joined(finding.NodeIds)}";

    public static string Of(ActivityOverlap overlap) => $"overlap:{Joined([overlap.ActivityA, overlap.ActivityB])}";

    public static string Of(ActivityPair pair) => $"unreinforced:{pair.Goal}:{Joined([pair.ActivityA, pair.ActivityB])}";

    public static string Of(BrokerageRecommendation recommendation) =>
        $"introduction:{Joined([recommendation.OrganizationA, recommendation.OrganizationB])}";

    /// <summary>Null when <paramref name="key"/> could be a finding's key; otherwise what is wrong with it.</summary>
    public static string? Problem(string key)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return "key: empty; give a finding's key (its key field).";
        }

        if (key.Length > MaxLength)
        {
            return $"key: {key.Length} characters; a finding's key is at most {MaxLength}.";
        }

        return Prefixes.Any(p => key.StartsWith(p, StringComparison.Ordinal) && key.Length > p.Length)
            ? null
            : $"key: '{Shortened(key)}' is not a finding's key; keys start with {string.Join(", ", Prefixes)} (read them from a finding's key field).";
    }

    private static string Joined(IEnumerable<string> ids) => string.Join('|', ids.Order(StringComparer.Ordinal));

    private static string Shortened(string key) => key.Length <= 60 ? key : key[..57] + "...";

    private static string ToScreamingSnake(this GapKind kind) =>
        string.Concat(kind.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant();
}
