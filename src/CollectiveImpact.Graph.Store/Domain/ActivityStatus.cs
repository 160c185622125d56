namespace CollectiveImpact.Graph.Store.Domain;

public enum ActivityStatus
{
    Planned,
    Active,
    Completed,
}
