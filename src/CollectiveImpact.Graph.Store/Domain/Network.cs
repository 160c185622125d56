namespace CollectiveImpact.Graph.Store.Domain;

/// <summary>
/// One whole initiative, in the shape of the network document (network-format.md). Lists keep document order,
/// so an export of what was imported reads the same.
/// </summary>
public sealed record Network(
    Initiative? Initiative,
    IReadOnlyList<Goal> Goals,
    IReadOnlyList<Indicator> Indicators,
    IReadOnlyList<Measurement> Measurements,
    IReadOnlyList<Organization> Organizations,
    IReadOnlyList<Person> People,
    IReadOnlyList<Activity> Activities,
    IReadOnlyList<Tie> Ties)
{
    public static Network Empty { get; } = new(null, [], [], [], [], [], [], []);

    /// <summary>Every node with an id (the initiative included), in document order.</summary>
    public IEnumerable<INetworkNode> Nodes()
    {
        if (Initiative is not null)
        {
            yield return Initiative;
        }

        foreach (var node in Goals.Concat<INetworkNode>(Indicators).Concat(Organizations).Concat(People).Concat(Activities))
        {
            yield return node;
        }
    }

    public EntityCounts Counts => new(
        Initiative is null ? 0 : 1, Goals.Count, Indicators.Count, Measurements.Count,
        Organizations.Count, People.Count, Activities.Count, Ties.Count);
}
