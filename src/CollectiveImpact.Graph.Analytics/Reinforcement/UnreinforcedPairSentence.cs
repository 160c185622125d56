namespace CollectiveImpact.Graph.Analytics.Reinforcement;

/// <summary>
/// Writes the sentence of an unreinforced pair from the pair's own data (<see cref="ActivityPair.Message"/>), so no
/// pair holds a sentence, a closure or a writer of its own.
/// </summary>
public static class UnreinforcedPairSentence
{
    private static long written;

    /// <summary>How many sentences this process has written: lets a test prove a page of pairs writes only its own.</summary>
    internal static long Written => Interlocked.Read(ref written);

    public static string Write(ActivityPair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        Interlocked.Increment(ref written);
        var (a, b) = (pair.A, pair.B);
        return $"'{a.Name}' (led by '{a.LeadName}') and '{b.Name}' (led by '{b.LeadName}') both work toward '{pair.GoalName}', but neither feeds the other "
            + $"and '{a.LeadName}' and '{b.LeadName}' have no tie: connect them so their work reinforces rather than runs in parallel.";
    }
}
