using CollectiveImpact.Graph.Analytics.Agenda;
using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Analytics.Reinforcement;

/// <summary>
/// Writes the sentence of an unreinforced pair of one goal. One per goal, shared by its pairs, so a pair holds a
/// reference instead of a closure and a delegate of its own (112 bytes each, over millions of pairs).
/// </summary>
internal sealed class UnreinforcedPairSentence(AgendaIndex index, Goal goal)
{
    public string For(Activity a, Activity b)
    {
        var (leadA, leadB) = (index.NameOf(a.Lead), index.NameOf(b.Lead));
        return $"'{a.Name}' (led by '{leadA}') and '{b.Name}' (led by '{leadB}') both work toward '{goal.Name}', but neither feeds the other "
            + $"and '{leadA}' and '{leadB}' have no tie: connect them so their work reinforces rather than runs in parallel.";
    }
}
