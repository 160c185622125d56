using CollectiveImpact.Graph.Store.Validation;
using GraphQL;

namespace CollectiveImpact.Graph.Api.GraphQL.Errors;

/// <summary>
/// An error the API reports on purpose, with a stable <see cref="ErrorCodes">code</see>. Thrown from resolvers, it
/// reaches the client as is (GraphQL.NET does not wrap <see cref="ExecutionError"/>s), unlike unexpected exceptions,
/// which are masked.
/// </summary>
public sealed class ApiError : ExecutionError
{
    public ApiError(string code, string message, IReadOnlyList<ValidationProblem>? problems = null)
        : base(message)
    {
        Code = code;
        Problems = problems ?? [];
    }

    /// <summary>For <see cref="ErrorCodes.InvalidInput"/>: every problem found, written to <c>extensions.problems</c>.</summary>
    public IReadOnlyList<ValidationProblem> Problems { get; }

    public static ApiError NotFound(string what, string id) =>
        new(ErrorCodes.NotFound, $"No {what} has the id '{id}'.");

    public static ApiError InvalidArgument(string message) => new(ErrorCodes.InvalidArgument, message);

    public static ApiError DidNotConverge(string message) => new(ErrorCodes.AnalysisDidNotConverge, message);

    public static ApiError InvalidInput(string summary, IReadOnlyList<ValidationProblem> problems) =>
        new(ErrorCodes.InvalidInput, summary, problems);
}
