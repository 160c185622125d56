namespace CollectiveImpact.Graph.Analytics.Overlaps;

/// <summary>Parameters of <see cref="OverlapAnalysis"/>.</summary>
/// <param name="MinSimilarity">
/// The least Jaccard similarity of two activities' indicator sets for them to overlap; default 0.5, in (0, 1]
/// (zero would make every pair with no indicator in common an overlap).
/// </param>
public sealed record OverlapOptions(double MinSimilarity = 0.5);
