namespace CollectiveImpact.Graph.Analytics.Change;

/// <summary>
/// The organizations (on both sides) whose degree and betweenness rose most and fell most: up to N risers then up to
/// N fallers each: the largest rise first, then the largest fall first; equal changes by id.
/// </summary>
/// <param name="Degree">By degree: partners in ORGANIZATIONS.</param>
/// <param name="Betweenness">By betweenness on ORGANIZATIONS, normalized as NetworkX does.</param>
/// <param name="BetweennessSampledSources">When a side has more than <see cref="Equity.EquityOptions.ExactBetweennessUpTo"/> organizations, the sources its betweenness was estimated from; null when exact.</param>
/// <param name="BetweennessErrorBound">For an estimate, ε: each score is within ε of the exact value with probability at least 0.95 (Hoeffding, as the equity lens states it); null when exact.</param>
public sealed record Movers(IReadOnlyList<Mover> Degree, IReadOnlyList<Mover> Betweenness, int? BetweennessSampledSources, double? BetweennessErrorBound);
