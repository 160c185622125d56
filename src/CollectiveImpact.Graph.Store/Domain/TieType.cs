namespace CollectiveImpact.Graph.Store.Domain;

/// <summary>The typed ties of network-format.md; <see cref="TieRules"/> says which ends each allows.</summary>
public enum TieType
{
    Collaborates,
    Communicates,
    Funds,
    Refers,
    SharesData,
    FeedsInto,
}
