namespace CollectiveImpact.Graph.Analytics.Projections;

/// <summary>One connection the write added (+1) or removed (−1) between two nodes of the new version.</summary>
internal readonly record struct ConnectionChange(int U, int V, EdgeRelation Relation, int Sign);
