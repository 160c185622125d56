namespace CollectiveImpact.Graph.Analytics.Communities;

/// <summary>
/// The communities <see cref="Louvain.Detect"/> found, with the parameters it ran with so the run can be reproduced.
/// </summary>
/// <param name="Communities">Node ids per community: members in ordinal id order; communities largest first, then by
/// smallest member id.</param>
/// <param name="Membership">Each node's position in <paramref name="Communities"/>, by node index.</param>
/// <param name="Modularity">Q of the partition on the input graph (<see cref="Communities.Modularity"/>); NaN when the
/// graph has no edges.</param>
/// <param name="Seed">The seed of the node-order shuffles.</param>
/// <param name="Levels">How many partitions the levels produced (NetworkX: <c>len(list(louvain_partitions(...)))</c>).</param>
/// <param name="Resolution">γ.</param>
/// <param name="Threshold">The least modularity gain for another level.</param>
public sealed record LouvainResult(
    IReadOnlyList<IReadOnlyList<string>> Communities,
    IReadOnlyList<int> Membership,
    double Modularity,
    int Seed,
    int Levels,
    double Resolution,
    double Threshold);
