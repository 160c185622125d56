namespace CollectiveImpact.Graph.Analytics.Reinforcement;

/// <summary>
/// Two activities with different leads that contribute to the same goal but do not reinforce one another
/// (<see cref="ReinforcementCheck"/>); <see cref="ActivityA"/> is before <see cref="ActivityB"/> in ordinal id order.
/// </summary>
/// <remarks>
/// A large initiative has millions of such pairs, so the sentence is written when first read, not for every pair.
/// </remarks>
public sealed class ActivityPair
{
    private readonly Func<string> describe;
    private string? message;

    internal ActivityPair(string activityA, string activityB, string leadA, string leadB, Func<string> describe)
    {
        (ActivityA, ActivityB, LeadA, LeadB) = (activityA, activityB, leadA, leadB);
        this.describe = describe;
    }

    public string ActivityA { get; }

    public string ActivityB { get; }

    public string LeadA { get; }

    public string LeadB { get; }

    /// <summary>A sentence naming the two activities, their leads and the goal, and what to do.</summary>
    public string Message => message ??= describe();
}
