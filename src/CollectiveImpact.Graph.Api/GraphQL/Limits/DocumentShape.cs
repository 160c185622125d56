namespace CollectiveImpact.Graph.Api.GraphQL.Limits;

/// <summary>
/// What a parsed document asks for once its fragment spreads are expanded, measured by <see cref="DocumentMeasurer"/>
/// in one linear pass. <see cref="Fields"/>, <see cref="Depth"/> and <see cref="MostFieldsInOneSelectionSet"/> are
/// the largest over every operation and fragment definition, since GraphQL.NET validates them all.
/// </summary>
/// <param name="Operations">Operation definitions.</param>
/// <param name="Fragments">Fragment definitions.</param>
/// <param name="Variables">Variable definitions, over all operations.</param>
/// <param name="Directives">Directives anywhere in the document.</param>
/// <param name="MostDirectivesAtOneLocation">The most directives on one field, spread, fragment, operation or variable.</param>
/// <param name="Aliases">Aliased fields as written (a fragment's count once, however often it is spread).</param>
/// <param name="Fields">The most fields one operation or fragment selects, each spread counted as often as it is spread (saturates at <see cref="Unbounded"/>).</param>
/// <param name="Depth">The deepest field nesting, fragments expanded; a top-level field is at depth 1 (GraphQL.NET's count).</param>
/// <param name="MostFieldsInOneSelectionSet">The most fields one selection set holds once the spreads and inline fragments directly in it are expanded.</param>
/// <param name="CyclicFragment">A fragment that spreads itself, directly or through others; null when there is no cycle (then the other counts are meaningless).</param>
public sealed record DocumentShape(
    int Operations,
    int Fragments,
    int Variables,
    int Directives,
    int MostDirectivesAtOneLocation,
    int Aliases,
    long Fields,
    long Depth,
    long MostFieldsInOneSelectionSet,
    string? CyclicFragment)
{
    /// <summary>Where expanded counts stop growing: far above any limit, far below overflow.</summary>
    public const long Unbounded = 1L << 40;
}
