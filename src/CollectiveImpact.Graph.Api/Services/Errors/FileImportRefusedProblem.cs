using CollectiveImpact.Graph.Api.Services.Imports;

namespace CollectiveImpact.Graph.Api.Services.Errors;

/// <summary>A file refused whole: every problem named by sheet, row and column (the first few listed, all counted); nothing written.</summary>
public sealed class FileImportRefusedProblem(string what, IReadOnlyList<WorkbookProblem> problems, int problemCount)
    : ServiceProblem(problemCount == 1 && problems.Count == 1
        ? $"{what} was refused: {problems[0].Message} Nothing was written."
        : $"{what} was refused with {problemCount} problems{(problemCount > problems.Count ? $" (the first {problems.Count} listed)" : string.Empty)}. Nothing was written.")
{
    public IReadOnlyList<WorkbookProblem> Problems { get; } = problems;

    public int ProblemCount { get; } = Math.Max(problemCount, problems.Count);
}
