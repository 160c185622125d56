namespace CollectiveImpact.Graph.Api.Tests.Observability;

/// <summary>
/// The tests that read meters and spans run alone, after the others: listeners are process-wide, and another host's
/// measurements would otherwise add to the counts they assert.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ObservabilityCollection
{
    public const string Name = "Observability";
}
