using CollectiveImpact.Graph.Store.Storage;
using CollectiveImpact.Graph.Store.Surveys;
using CollectiveImpact.Graph.Store.Validation;

namespace CollectiveImpact.Graph.Store.Documents;

/// <summary>
/// The outcome of reading a document as a write: the change ready for <see cref="INetworkStore.WriteAsync"/>
/// exactly when there is no problem (shape and consistency together). <see cref="Problems"/> lists them all, or
/// the first few when the reader was told to list fewer; <see cref="ProblemCount"/> counts them all.
/// </summary>
public sealed record DocumentChangeResult(NetworkChange? Change, IReadOnlyList<ValidationProblem> Problems)
{
    /// <summary>Every problem found, including those past the list's cap.</summary>
    public int ProblemCount { get; init; } = Problems.Count;

    public bool IsValid => ProblemCount == 0;

    /// <summary>The document's survey rounds (docs/survey.md) when it has a <c>surveys</c> section; null when it has none.</summary>
    public IReadOnlyList<SurveyRound>? Surveys { get; init; }
}
