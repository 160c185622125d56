using System.Text.Json.Serialization;

namespace CollectiveImpact.Graph.Analytics.Reinforcement;

/// <summary>
/// Two activities with different leads that contribute to the same goal but do not reinforce one another
/// (<see cref="ReinforcementCheck"/>); <see cref="ActivityA"/> is before <see cref="ActivityB"/> in ordinal id order.
/// </summary>
/// <remarks>
/// A large initiative has millions of such pairs (2.2 million on a generated 15,000-organization network), so a pair
/// keeps only data, two shared <see cref="PairedActivity"/> records and its goal, and <see cref="Message"/> is written
/// each time it is read, never stored: a result holds no sentences, in memory or in a cache, and a page of pairs
/// writes only its own. Plain data, so the record round-trips through System.Text.Json as it is.
/// </remarks>
/// <param name="Goal">The goal's id.</param>
/// <param name="GoalName">The goal's name.</param>
/// <param name="A">The activity first in ordinal id order.</param>
/// <param name="B">The other activity.</param>
public sealed record ActivityPair(string Goal, string GoalName, PairedActivity A, PairedActivity B)
{
    [JsonIgnore]
    public string ActivityA => A.Id;

    [JsonIgnore]
    public string ActivityB => B.Id;

    [JsonIgnore]
    public string LeadA => A.Lead;

    [JsonIgnore]
    public string LeadB => B.Lead;

    /// <summary>A sentence naming the two activities, their leads and the goal, and what to do; written on each read.</summary>
    [JsonIgnore]
    public string Message => UnreinforcedPairSentence.Write(this);
}
