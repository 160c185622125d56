using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Store.Validation;

/// <summary>The tie rules: ends exist and have the kinds the type allows, no self-ties, no duplicates.</summary>
internal sealed partial class ChangeCheck
{
    private static readonly NodeKind[] AllKinds = Enum.GetValues<NodeKind>();

    private void CheckTies()
    {
        var seen = new Dictionary<TieKey, int>();
        for (var i = 0; i < upserts.Ties.Count; i++)
        {
            var tie = upserts.Ties[i];
            var entry = new DocumentPath("ties", i);
            var typeReadable = !IsUnreadable(entry.At("type"));
            var referrer = Describe(tie);
            var fromKind = CheckTieEnd(entry.At("from"), referrer, "from", tie.From ?? string.Empty, tie.Type, typeReadable);
            var toKind = CheckTieEnd(entry.At("to"), referrer, "to", tie.To ?? string.Empty, tie.Type, typeReadable);
            if (tie.From == tie.To && tie.From is { Length: > 0 })
            {
                Report(entry, ProblemCodes.SelfTie, $"{Capitalized(referrer)} joins '{tie.From}' to itself; a tie joins two different nodes.");
            }
            else if (typeReadable && fromKind is { } from && toKind is { } to && !TieRules.Allows(tie.Type, from, to))
            {
                Report(
                    entry,
                    ProblemCodes.InvalidTieEnds,
                    $"{Capitalized(referrer)} joins {Article(from)} to {Article(to)}; {Documents.NetworkFormat.Name(tie.Type)} joins {TieRules.DescribeEnds(tie.Type)}.");
            }

            if (tie.Weight is { } weight && !ValueRules.IsValidWeight(weight))
            {
                Report(entry.At("weight"), ProblemCodes.InvalidWeight, ValueRules.DescribeBadWeight(referrer, weight));
            }

            if (tie is { Since: { } since, Until: { } until } && until < since)
            {
                Report(entry.At("until"), ProblemCodes.EndBeforeStart, $"{Capitalized(referrer)} ends on {FormatDate(until)}, before it starts on {FormatDate(since)}.");
            }

            if (typeReadable && tie.From is not null && tie.To is not null && !seen.TryAdd(tie.Key, i)
                && !IsUnreadable(entry.At("from")) && !IsUnreadable(entry.At("to")))
            {
                var undirected = TieRules.IsDirected(tie.Type) ? string.Empty : " (the tie is undirected, so its ends may be in either order)";
                Report(entry, ProblemCodes.DuplicateTie, $"{Capitalized(referrer)} is already given at $.ties[{seen[tie.Key]}]{undirected}; give each tie once.");
            }
        }
    }

    /// <summary>The kind of the end when it resolves, else null (after reporting or recording why).</summary>
    private NodeKind? CheckTieEnd(DocumentPath path, string referrer, string end, string id, TieType type, bool typeReadable)
    {
        switch (Resolve(id, out var kind))
        {
            case Resolution.Found:
                return kind;
            case Resolution.BeingDeleted:
                AddReferrer(id, $"{referrer} ({end}) at {path}");
                return kind;
            default:
                if (!AnEntryWithoutIdCouldBe(type, typeReadable, end == "from"))
                {
                    Report(path, ProblemCodes.UnknownReference, $"{Capitalized(referrer)} names '{id}' as its '{end}' end, which is not a node {Where}.");
                }

                return null;
        }
    }

    /// <summary>
    /// True when an entry whose id could not be read might be the one this end names: then "unknown reference"
    /// would only be noise behind the reader's own problem.
    /// </summary>
    private bool AnEntryWithoutIdCouldBe(TieType type, bool typeReadable, bool isFrom)
    {
        foreach (var kind in kindsWithUnreadableIds)
        {
            if (!typeReadable || AllKinds.Any(other => isFrom ? TieRules.Allows(type, kind, other) : TieRules.Allows(type, other, kind)))
            {
                return true;
            }
        }

        return false;
    }
}
