namespace CollectiveImpact.Graph.Analytics.Agenda;

/// <summary>The initiative's distinct pairs of activities with different leads sharing a goal, and how many are reinforced.</summary>
internal sealed record InitiativeCounts(int PairCount, int ReinforcedCount)
{
    /// <summary>Reinforced / all pairs; null when there are none.</summary>
    public double? Index => PairCount == 0 ? null : (double)ReinforcedCount / PairCount;
}
