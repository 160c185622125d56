using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Storage;

namespace CollectiveImpact.Graph.Store.Validation;

/// <summary>
/// Checks a write for consistency: against itself and, for <see cref="ChangeMode.Merge"/>, against what is stored.
/// Every store runs it before writing, so every import and mutation obeys the same rules
/// (docs/format/network-format-v1.md lists them with their codes).
/// </summary>
public static class NetworkChangeValidator
{
    /// <summary>Every problem with the change; empty when applying it yields a consistent network.</summary>
    /// <remarks>Paths point into the change as a document: upserts at <c>$.organizations[2].goals[0]</c>, deletions at
    /// <c>$.delete.nodes[0]</c>, <c>$.delete.ties[0]</c>, <c>$.delete.measurements[0]</c>.</remarks>
    public static IReadOnlyList<ValidationProblem> Validate(NetworkChange change, Network current)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(current);
        var problems = new ProblemList();
        Validate(change, current, null, problems);
        return problems.Listed;
    }

    /// <summary>
    /// As above, but silent about the <paramref name="gaps"/> a document reader has already reported, and adding to
    /// <paramref name="problems"/> (which may keep only the first few and count the rest).
    /// </summary>
    internal static void Validate(NetworkChange change, Network current, DocumentGaps? gaps, ProblemList problems)
    {
        var check = new ChangeCheck(change, current, gaps is { IsEmpty: false } ? gaps : null, problems);
        check.RegisterIds();
        check.CheckEntries();
        check.CheckDeletions();
        check.CheckExpectations();
    }
}
