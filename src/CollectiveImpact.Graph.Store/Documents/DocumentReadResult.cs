using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Surveys;
using CollectiveImpact.Graph.Store.Validation;

namespace CollectiveImpact.Graph.Store.Documents;

/// <summary>The outcome of reading a document: the network exactly when <see cref="Problems"/> is empty.</summary>
public sealed record DocumentReadResult(Network? Network, IReadOnlyList<ValidationProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;

    /// <summary>The document's survey rounds (docs/survey.md) when it has a <c>surveys</c> section; null when it has none.</summary>
    public IReadOnlyList<SurveyRound>? Surveys { get; init; }
}
