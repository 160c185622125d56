using System.Globalization;
using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.Survey;

/// <summary>
/// The partner survey's scores, as the PARTNER tool defines them (analyses.md §7; Varda, Chandra, Stern and Lurie
/// 2008, "Core dimensions of connectivity in public health collaboratives", J. Public Health Management and Practice
/// 14(5): E1–E7; the PARTNER tool's trust and value scales).
/// </summary>
/// <remarks>
/// <para><b>Relationship.</b> An answer that says the two work together and gives all three trust (value) answers
/// has a trust (value) score: their mean, 1–4. Answers from organizations that have not submitted do not count.</para>
/// <para><b>Organization.</b> Its trust (value) score is the mean of the scores of the answers about it.</para>
/// <para><b>Network.</b> The mean over all scored relationships; shown also as a share of 4.</para>
/// <para><b>Pairs.</b> For two organizations at least one of which (having submitted) said they work together:
/// <i>confirmed</i> when both said so, <i>one-sided</i> when the other submitted and did not, <i>unconfirmed</i> when
/// the other has not submitted.</para>
/// <para><b>Response rate.</b> Submitted ÷ invited (null with nobody invited).</para>
/// <para><b>Reported network.</b> The invited organizations, joined where a pair is reported (any status); its
/// density 2E / (n(n − 1)) and Freeman degree centralization (<see cref="Structure.DegreeCentralization"/>), null
/// below two (three) organizations.</para>
/// <para><b>High value, low trust.</b> Relationships scored value ≥ <see cref="HighValue"/> and trust ≤
/// <see cref="LowTrust"/>: partners who matter to each other but do not yet trust each other, where the backbone's
/// help matters most. Largest gap (value − trust) first, then by ids.</para>
/// </remarks>
public static class SurveyScores
{
    public const double HighValue = 3.0;

    public const double LowTrust = 2.5;

    public static SurveyResult Compute(SurveyResponses responses, Func<string, string>? nameOf = null)
    {
        ArgumentNullException.ThrowIfNull(responses);
        nameOf ??= id => id;
        var invited = responses.Invited.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var invitedSet = invited.ToHashSet(StringComparer.Ordinal);
        var submitted = responses.Submitted.Where(invitedSet.Contains).ToHashSet(StringComparer.Ordinal);
        var answers = responses.Answers.Where(a => submitted.Contains(a.From) && a.From != a.About).ToList();

        var relationships = answers
            .Where(a => a.WorksWith && Complete(a.Trust) && Complete(a.Value))
            .Select(a => new ScoredRelationship(a.From, a.About, a.Trust!.Average(), a.Value!.Average()))
            .OrderBy(r => r.From, StringComparer.Ordinal).ThenBy(r => r.About, StringComparer.Ordinal)
            .ToList();
        var aboutEach = relationships.ToLookup(r => r.About, StringComparer.Ordinal);
        var organizations = invited
            .Select(o => new OrganizationScores(o, Mean(aboutEach[o].Select(r => r.Trust)), Mean(aboutEach[o].Select(r => r.Value)), aboutEach[o].Count()))
            .ToList();

        var said = answers.Where(a => a.WorksWith).Select(a => (a.From, a.About)).ToHashSet();
        var levels = answers.Where(a => a.WorksWith && a.Level is >= 1 and <= 4)
            .GroupBy(a => (a.From, a.About)).ToDictionary(g => g.Key, g => g.First().Level);
        var scored = relationships.ToDictionary(r => (r.From, r.About));
        var pairs = said
            .Select(p => string.CompareOrdinal(p.From, p.About) < 0 ? (A: p.From, B: p.About) : (A: p.About, B: p.From))
            .Distinct()
            .Order()
            .Select(p =>
            {
                var (ab, ba) = (said.Contains((p.A, p.B)), said.Contains((p.B, p.A)));
                var status = ab && ba ? PairStatus.Confirmed
                    : submitted.Contains(ab ? p.B : p.A) ? PairStatus.OneSided : PairStatus.Unconfirmed;
                var aboutB = scored.GetValueOrDefault((p.A, p.B));
                var aboutA = scored.GetValueOrDefault((p.B, p.A));
                return new ReportedPair(p.A, p.B, status, aboutB?.Trust, aboutB?.Value, aboutA?.Trust, aboutA?.Value,
                    levels.GetValueOrDefault((p.A, p.B)), levels.GetValueOrDefault((p.B, p.A)));
            })
            .ToList();

        var graph = UndirectedGraph.Create(
            invited,
            pairs.Where(p => invitedSet.Contains(p.A) && invitedSet.Contains(p.B)).Select(p => (p.A, p.B, 1.0)));
        var density = invited.Count < 2 ? (double?)null : 2.0 * graph.EdgeCount / (invited.Count * (invited.Count - 1.0));
        var highValueLowTrust = relationships
            .Where(r => r.Value >= HighValue && r.Trust <= LowTrust)
            .OrderByDescending(r => r.Value - r.Trust).ThenBy(r => r.From, StringComparer.Ordinal).ThenBy(r => r.About, StringComparer.Ordinal)
            .ToList();

        var result = new SurveyResult(
            invited.Count,
            submitted.Count,
            invited.Count == 0 ? null : (double)submitted.Count / invited.Count,
            relationships,
            organizations,
            Mean(relationships.Select(r => r.Trust)),
            Mean(relationships.Select(r => r.Value)),
            pairs,
            pairs.Count(p => p.Status == PairStatus.Confirmed),
            pairs.Count(p => p.Status == PairStatus.OneSided),
            pairs.Count(p => p.Status == PairStatus.Unconfirmed),
            density,
            Structure.DegreeCentralization.Compute(graph),
            highValueLowTrust,
            []);
        return result with { Summary = Summary(result, nameOf) };
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Count(int n, string one, string many) => Text($"{n} {(n == 1 ? one : many)}");

    private static bool Complete(IReadOnlyList<int>? answers) => answers is { Count: 3 } && answers.All(a => a is >= 1 and <= 4);

    private static double? Mean(IEnumerable<double> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? null : list.Average();
    }

    private static IReadOnlyList<string> Summary(SurveyResult r, Func<string, string> nameOf)
    {
        var sentences = new List<string>
        {
            r.Invited == 0
                ? "Nobody was invited to this round."
                : Text($"{r.Submitted} of {r.Invited} invited organizations answered ({Math.Round(100 * r.ResponseRate!.Value)}%)."),
        };
        if (r.NetworkTrust is { } trust && r.NetworkValue is { } value)
        {
            sentences.Add(Text($"Across {Count(r.Relationships.Count, "scored relationship", "scored relationships")}, trust is {trust:0.0} of 4 ({Math.Round(25 * trust)}%) and value {value:0.0} of 4 ({Math.Round(25 * value)}%)."));
        }

        var reported = r.Pairs.Count;
        if (reported > 0)
        {
            sentences.Add(Text($"{Count(reported, "working relationship was", "working relationships were")} reported: {r.Confirmed} confirmed by both sides, {r.OneSided} one-sided, {r.Unconfirmed} waiting for the other side to answer."));
        }

        if (r.HighValueLowTrust.Count > 0)
        {
            var first = r.HighValueLowTrust[0];
            sentences.Add(Text($"{Count(r.HighValueLowTrust.Count, "relationship is", "relationships are")} of high value but low trust, where the backbone's help matters most; the widest gap is {nameOf(first.From)} about {nameOf(first.About)} (value {first.Value:0.0}, trust {first.Trust:0.0})."));
        }

        return sentences;
    }
}
