namespace CollectiveImpact.Graph.Store.Domain;

/// <summary>
/// What identifies a tie: its type and ends. Undirected types are keyed with their ends in ordinal order,
/// so a→b and b→a are the same COLLABORATES tie.
/// </summary>
public readonly record struct TieKey(string From, string To, TieType Type)
{
    public static TieKey Of(string from, string to, TieType type) =>
        !TieRules.IsDirected(type) && string.CompareOrdinal(from, to) > 0
            ? new TieKey(to, from, type)
            : new TieKey(from, to, type);
}
