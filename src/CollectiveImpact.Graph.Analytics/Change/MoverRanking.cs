
namespace CollectiveImpact.Graph.Analytics.Change;

/// <summary>The organizations on both sides whose degree and betweenness rose or fell most (<see cref="Movers"/>).</summary>
internal static class MoverRanking
{
    public static Movers Of(
        ComparisonSide from, ComparisonSide to, SideIndex before, SideIndex after, SideMeasures measuredBefore, SideMeasures measuredAfter, int top)
    {
        var (was, now) = (from.Organizations.Graph, to.Organizations.Graph);
        var both = new List<(string Id, int Before, int After)>();
        for (var i = 0; i < was.NodeCount; i++)
        {
            if (now.TryGetIndex(was.NodeIds[i], out var j))
            {
                both.Add((was.NodeIds[i], i, j));
            }
        }

        var degree = Rank(both.Select(p => Mover(after, p.Id, was.Degree(p.Before), now.Degree(p.After))), top);
        var betweenness = Rank(both.Select(p => Mover(after, p.Id, measuredBefore.Betweenness.Values[p.Before], measuredAfter.Betweenness.Values[p.After])), top);
        var sampled = measuredBefore.BetweennessSamples ?? measuredAfter.BetweennessSamples;
        var bound = (measuredBefore.BetweennessErrorBound, measuredAfter.BetweennessErrorBound) switch
        {
            ({ } a, { } b) => Math.Max(a, b),
            (var a, var b) => a ?? b,
        };
        return new Movers(degree, betweenness, sampled, bound);
    }

    private static Mover Mover(SideIndex after, string id, double before, double now) => new(after.Node(id), before, now);

    /// <summary>Changes this small are rounding (the same scores summed in another node order), not movement.</summary>
    private const double Tolerance = 1e-9;

    private static List<Mover> Rank(IEnumerable<Mover> movers, int top)
    {
        var all = movers.ToList();
        var risers = all.Where(m => m.Change > Tolerance).OrderByDescending(m => m.Change).ThenBy(m => m.Organization.Id, StringComparer.Ordinal).Take(top);
        var fallers = all.Where(m => m.Change < -Tolerance).OrderBy(m => m.Change).ThenBy(m => m.Organization.Id, StringComparer.Ordinal).Take(top);
        return [.. risers, .. fallers];
    }
}
