namespace CollectiveImpact.Graph.Store.Validation;

/// <summary>A write or import was refused; every problem found is listed, and nothing was written.</summary>
public sealed class NetworkValidationException(IReadOnlyList<ValidationProblem> problems)
    : Exception(Describe(problems))
{
    public IReadOnlyList<ValidationProblem> Problems { get; } = problems;

    private static string Describe(IReadOnlyList<ValidationProblem> problems) =>
        problems.Count switch
        {
            0 => "The change was refused.",
            1 => $"The change was refused: {problems[0]}",
            _ => $"The change was refused with {problems.Count} problems, the first: {problems[0]}",
        };
}
