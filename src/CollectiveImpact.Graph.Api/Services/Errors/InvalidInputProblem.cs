using CollectiveImpact.Graph.Store.Validation;

namespace CollectiveImpact.Graph.Api.Services.Errors;

/// <summary>A write or import refused whole: nothing changed, and every problem found is counted.</summary>
public sealed class InvalidInputProblem(string summary, IReadOnlyList<ValidationProblem> problems, int problemCount) : ServiceProblem(summary)
{
    /// <summary>The problems listed: all, or the first few when the list is capped.</summary>
    public IReadOnlyList<ValidationProblem> Problems { get; } = problems;

    /// <summary>Every problem found, listed or not.</summary>
    public int ProblemCount { get; } = Math.Max(problemCount, problems.Count);
}
