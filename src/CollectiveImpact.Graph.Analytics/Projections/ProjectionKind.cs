namespace CollectiveImpact.Graph.Analytics.Projections;

/// <summary>The undirected graphs an analysis can run on (network-format.md, "Projections used by the analyses").</summary>
public enum ProjectionKind
{
    /// <summary>Every goal, indicator, organization, person and activity; every tie and every structural link.</summary>
    Full,

    /// <summary>Organizations only, joined by their ties, shared activities and their people's ties.</summary>
    Organizations,

    /// <summary>People only, joined by their ties.</summary>
    People,
}
