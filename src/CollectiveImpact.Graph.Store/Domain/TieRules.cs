namespace CollectiveImpact.Graph.Store.Domain;

/// <summary>
/// The table of tie types in network-format.md: which (from, to) kinds each type allows and whether it is directed.
/// </summary>
public static class TieRules
{
    private static readonly Dictionary<TieType, (NodeKind From, NodeKind To)[]> AllowedEnds = new()
    {
        [TieType.Collaborates] = [(NodeKind.Organization, NodeKind.Organization)],
        [TieType.Communicates] = [(NodeKind.Organization, NodeKind.Organization), (NodeKind.Person, NodeKind.Person)],
        [TieType.Funds] = [(NodeKind.Organization, NodeKind.Organization), (NodeKind.Organization, NodeKind.Activity)],
        [TieType.Refers] = [(NodeKind.Organization, NodeKind.Organization)],
        [TieType.SharesData] = [(NodeKind.Organization, NodeKind.Organization)],
        [TieType.FeedsInto] = [(NodeKind.Activity, NodeKind.Activity)],
    };

    /// <summary>True for the undirected types (COLLABORATES, COMMUNICATES), whose ends are interchangeable.</summary>
    public static bool IsDirected(TieType type) => type is not (TieType.Collaborates or TieType.Communicates);

    public static bool Allows(TieType type, NodeKind from, NodeKind to) =>
        AllowedEnds[type].Any(e => e.From == from && e.To == to);

    /// <summary>The allowed ends, for error messages: "organization → organization or organization → activity".</summary>
    public static string DescribeEnds(TieType type) =>
        string.Join(" or ", AllowedEnds[type].Select(e =>
            $"{e.From.ToString().ToLowerInvariant()} {(IsDirected(type) ? "→" : "↔")} {e.To.ToString().ToLowerInvariant()}"));
}
