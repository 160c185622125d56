using CollectiveImpact.Graph.Api.Services.Errors;
using CollectiveImpact.Graph.Api.Services.Imports;
using CollectiveImpact.Graph.Store.Validation;
using GraphQL;

namespace CollectiveImpact.Graph.Api.GraphQL.Errors;

/// <summary>
/// An error the API reports on purpose, with a stable <see cref="ErrorCodes">code</see>. Thrown from resolvers, it
/// reaches the client as is (GraphQL.NET does not wrap <see cref="ExecutionError"/>s), unlike unexpected exceptions,
/// which are masked. Only the GraphQL layer raises it; services throw a <see cref="ServiceProblem"/>, which
/// <see cref="From"/> turns into one.
/// </summary>
public sealed class ApiError : ExecutionError
{
    public ApiError(string code, string message, IReadOnlyList<ValidationProblem>? problems = null, int? problemCount = null)
        : base(message)
    {
        Code = code;
        Problems = problems ?? [];
        ProblemCount = Math.Max(problemCount ?? Problems.Count, Problems.Count);
    }

    /// <summary>For <see cref="ErrorCodes.InvalidInput"/>: the problems listed (all, or the first few), written to <c>extensions.problems</c>.</summary>
    public IReadOnlyList<ValidationProblem> Problems { get; }

    /// <summary>Every problem found, listed or not: <c>extensions.problemCount</c>.</summary>
    public int ProblemCount { get; }

    /// <summary>For <see cref="ErrorCodes.Conflict"/>: the entry's revision now, <c>extensions.currentRevision</c>.</summary>
    public string? CurrentRevision { get; init; }

    public static ApiError NotFound(string what, string id) =>
        new(ErrorCodes.NotFound, $"No {what} has the id '{id}'.");

    public static ApiError InvalidArgument(string message) => new(ErrorCodes.InvalidArgument, message);

    public static ApiError DidNotConverge(string message) => new(ErrorCodes.AnalysisDidNotConverge, message);

    public static ApiError InvalidInput(string summary, IReadOnlyList<ValidationProblem> problems, int? problemCount = null) =>
        new(ErrorCodes.InvalidInput, summary, problems, problemCount);

    /// <summary>The code, message and problems a service's refusal reaches the client with.</summary>
    public static ApiError From(ServiceProblem problem) => problem switch
    {
        ArgumentProblem argument => InvalidArgument(argument.Message),
        NotFoundProblem notFound => new(ErrorCodes.NotFound, notFound.Message),
        InvalidInputProblem input => InvalidInput(input.Message, input.Problems, input.ProblemCount),
        FileImportRefusedProblem file => InvalidInput(
            file.Message, [.. file.Problems.Select(p => new ValidationProblem(p.Path ?? WorkbookProblem.Location(p.Sheet, p.Row, p.Cell), p.Code, p.Message))], file.ProblemCount),
        AnalysisDidNotConvergeProblem converge => DidNotConverge(converge.Message),
        ForbiddenProblem forbidden => new(ErrorCodes.Forbidden, forbidden.Message),
        ConflictProblem conflict => new(ErrorCodes.Conflict, conflict.Message) { CurrentRevision = conflict.CurrentRevision },
        _ => throw new ArgumentOutOfRangeException(nameof(problem), $"{problem?.GetType().Name} has no error code; add it here."),
    };
}
