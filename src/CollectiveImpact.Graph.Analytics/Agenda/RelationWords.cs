using CollectiveImpact.Graph.Analytics.Projections;

namespace CollectiveImpact.Graph.Analytics.Agenda;

/// <summary>How a sentence says what joins two organizations in the ORGANIZATIONS projection.</summary>
internal static class RelationWords
{
    public static string Describe(IEnumerable<EdgeRelation> relations)
    {
        var words = relations.Select(r => r switch
        {
            EdgeRelation.Collaborates => "collaborate",
            EdgeRelation.Communicates => "communicate",
            EdgeRelation.Funds => "one funds the other",
            EdgeRelation.Refers => "refer to one another",
            EdgeRelation.SharesData => "share data",
            EdgeRelation.SharedActivity => "work on an activity together",
            EdgeRelation.PeopleTie => "have people in touch",
            _ => r.ToString().ToLowerInvariant(),
        }).ToList();
        return words.Count switch
        {
            0 => string.Empty,
            1 => words[0],
            _ => $"{string.Join(", ", words.Take(words.Count - 1))} and {words[^1]}",
        };
    }
}
