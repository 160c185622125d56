namespace CollectiveImpact.Graph.Api.Services;

/// <summary>Bounds of <c>importNetwork</c> (configuration section <c>Import</c>).</summary>
public sealed class ImportOptions
{
    public const string Section = "Import";

    /// <summary>
    /// The most problems a refused import lists in <c>extensions.problems</c>; the rest are counted
    /// (<c>extensions.problemCount</c>, <c>extensions.problemsOmitted</c>) but not kept, so a document with
    /// hundreds of thousands of problems costs no more memory than one with a hundred.
    /// </summary>
    public int MaxProblems { get; set; } = 100;
}
