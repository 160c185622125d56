namespace CollectiveImpact.Graph.Store.Domain;

/// <summary>Which way an indicator should move: INCREASE means higher is better.</summary>
public enum Direction
{
    Increase,
    Decrease,
}
