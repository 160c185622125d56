namespace CollectiveImpact.Graph.Analytics.Change;

/// <summary>Who joined and who left, of one kind (organizations or people), between the two sides.</summary>
/// <param name="Before">How many counted on the "from" side.</param>
/// <param name="After">How many count on the "to" side.</param>
/// <param name="Joined">In "to", not in "from", by id.</param>
/// <param name="Left">In "from", not in "to", by id.</param>
public sealed record MembershipChange(int Before, int After, IReadOnlyList<ComparedNode> Joined, IReadOnlyList<ComparedNode> Left);
