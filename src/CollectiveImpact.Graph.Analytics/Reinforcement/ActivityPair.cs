using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Analytics.Reinforcement;

/// <summary>
/// Two activities with different leads that contribute to the same goal but do not reinforce one another
/// (<see cref="ReinforcementCheck"/>); <see cref="ActivityA"/> is before <see cref="ActivityB"/> in ordinal id order.
/// </summary>
/// <remarks>
/// A large initiative has millions of such pairs, so the sentence is written when first read, not for every pair,
/// and a pair keeps only its two activities and its goal's sentence writer.
/// </remarks>
public sealed class ActivityPair
{
    private readonly Activity a;
    private readonly Activity b;
    private readonly UnreinforcedPairSentence sentence;
    private string? message;

    internal ActivityPair(Activity a, Activity b, UnreinforcedPairSentence sentence)
    {
        (this.a, this.b) = (a, b);
        this.sentence = sentence;
    }

    public string ActivityA => a.Id;

    public string ActivityB => b.Id;

    public string LeadA => a.Lead;

    public string LeadB => b.Lead;

    /// <summary>A sentence naming the two activities, their leads and the goal, and what to do.</summary>
    public string Message => message ??= sentence.For(a, b);
}
