namespace CollectiveImpact.Graph.Store.Domain;

/// <summary>The sector an organization belongs to (network-format.md, <c>sector</c>).</summary>
public enum Sector
{
    Nonprofit,
    Government,
    Business,
    Philanthropy,
    Education,
    Health,
    Community,
    Faith,
    Research,
    Other,
}
