namespace CollectiveImpact.Graph.Store.Domain;

/// <summary>The kinds of thing that share the network's single id space.</summary>
public enum NodeKind
{
    Initiative,
    Goal,
    Indicator,
    Organization,
    Person,
    Activity,
}
