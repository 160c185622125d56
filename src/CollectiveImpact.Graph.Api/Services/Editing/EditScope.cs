using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Api.Services.Editing;

/// <summary>
/// The entries a single-entry edit touches, by key: read before and after the write, so it can be undone exactly
/// (a node deleted with its ties and measurements comes back with them).
/// </summary>
public sealed record EditScope(IReadOnlyList<string> Nodes, IReadOnlyList<TieKey> Ties, IReadOnlyList<MeasurementKey> Measurements)
{
    public static EditScope Node(string id) => new([id], [], []);

    public static EditScope Tie(TieKey key) => new([], [key], []);

    public static EditScope Measurement(MeasurementKey key) => new([], [], [key]);

    /// <summary>The keys of every entry of both: what an edit recorded as before and after touched.</summary>
    public static EditScope Of(Network before, Network after) => new(
        [.. before.Nodes().Concat(after.Nodes()).Select(n => n.Id).Distinct(StringComparer.Ordinal)],
        [.. before.Ties.Concat(after.Ties).Select(t => t.Key).Distinct()],
        [.. before.Measurements.Concat(after.Measurements).Select(m => m.Key).Distinct()]);
}
