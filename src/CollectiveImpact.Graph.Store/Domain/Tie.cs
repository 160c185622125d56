namespace CollectiveImpact.Graph.Store.Domain;

/// <summary>
/// A typed tie between two nodes. <see cref="Weight"/> is kept as given (null when absent) so a document
/// round-trips; <see cref="EffectiveWeight"/> applies the format's default of 1.
/// </summary>
public sealed record Tie(
    string From,
    string To,
    TieType Type,
    double? Weight = null,
    DateOnly? Since = null,
    DateOnly? Until = null)
{
    public double EffectiveWeight => Weight ?? 1.0;

    public TieKey Key => TieKey.Of(From, To, Type);
}
