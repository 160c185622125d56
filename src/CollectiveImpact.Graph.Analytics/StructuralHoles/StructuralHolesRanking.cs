using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.StructuralHoles;

/// <summary>
/// Every node's Burt constraint and effective size (<see cref="Constraint"/>, <see cref="EffectiveSize"/>; NetworkX's
/// <c>nx.constraint</c> and <c>nx.effective_size</c>), ranked by constraint ascending: the least constrained nodes span
/// the most holes.
/// </summary>
/// <remarks>
/// Ties share a competition rank and are listed by id (ordinal); nodes whose constraint is undefined (isolates, NaN)
/// come last, as in <see cref="NodeScores.Ranked"/>. Complexity: that of the two measures, O(n·d²) for degree d.
/// Source: Burt, R. S. (1992) <i>Structural Holes: The Social Structure of Competition</i>, Harvard University Press.
/// </remarks>
public static class StructuralHolesRanking
{
    /// <param name="graph">The graph.</param>
    /// <param name="weighted">Use edge weights as tie strengths (NetworkX's <c>weight</c>).</param>
    /// <param name="cancellationToken">Passed to both measures.</param>
    public static IReadOnlyList<StructuralPosition> Compute(UndirectedGraph graph, bool weighted, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var constraint = Constraint.Compute(graph, weighted, cancellationToken);
        var effectiveSize = EffectiveSize.Compute(graph, weighted, cancellationToken);

        // Ranking by the negated constraint puts the lowest first with NodeScores' tie and NaN rules.
        var lowestFirst = new NodeScores(graph, [.. constraint.Values.Select(c => -c)]);
        return [.. lowestFirst.Ranked().Select(r => new StructuralPosition(r.Id, constraint[r.Id], effectiveSize[r.Id], r.Rank))];
    }
}
