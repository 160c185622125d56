namespace CollectiveImpact.Graph.Api.Caching;

/// <summary>One list of the network (or its initiative), fingerprinted apart so an analysis's key names only what it read.</summary>
public enum NetworkPart
{
    Initiative,
    Goals,
    Indicators,
    Measurements,
    Organizations,
    People,
    Activities,
    Ties,
}
