using System.Collections;

namespace CollectiveImpact.Graph.Analytics.Reinforcement;

/// <summary>
/// One goal's unreinforced pairs, kept as two activity ranks each (8 bytes a pair) and written out as an
/// <see cref="ActivityPair"/> only when read: a page of pairs makes only its own records.
/// </summary>
/// <remarks>
/// A generated 20,000-organization network has 3.9 million unreinforced pairs; as records (an object and a list slot
/// each, about 56 bytes) they took 220 MB per result and most of the check's time went to allocating and promoting
/// them. Read-only, so a cached report can be shared by every request. Serialized (System.Text.Json) as the array of
/// its pairs, as the list of records was.
/// </remarks>
internal sealed class UnreinforcedPairList : IReadOnlyList<ActivityPair>
{
    private readonly string goal;
    private readonly string goalName;
    private readonly PairedActivity[] sides;
    private readonly List<int> ranks;

    /// <param name="goal">The goal's id.</param>
    /// <param name="goalName">The goal's name.</param>
    /// <param name="sides">Every activity by rank.</param>
    /// <param name="ranks">The pairs as consecutive ranks (a₀, b₀, a₁, b₁, …), not copied: nobody may change it after.</param>
    public UnreinforcedPairList(string goal, string goalName, PairedActivity[] sides, List<int> ranks)
    {
        if (ranks.Count % 2 != 0)
        {
            throw new ArgumentException("Pairs come as two ranks each.", nameof(ranks));
        }

        (this.goal, this.goalName, this.sides, this.ranks) = (goal, goalName, sides, ranks);
    }

    public int Count => ranks.Count / 2;

    public ActivityPair this[int index] =>
        (uint)index < (uint)Count
            ? new ActivityPair(goal, goalName, sides[ranks[2 * index]], sides[ranks[(2 * index) + 1]])
            : throw new ArgumentOutOfRangeException(nameof(index), index, $"The goal has {Count} unreinforced pairs.");

    public IEnumerator<ActivityPair> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
