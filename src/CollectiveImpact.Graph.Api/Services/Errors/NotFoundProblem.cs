namespace CollectiveImpact.Graph.Api.Services.Errors;

/// <summary>The entry a request names does not exist (or is of another kind).</summary>
public sealed class NotFoundProblem(string message) : ServiceProblem(message)
{
    public static NotFoundProblem Id(string what, string id) => new($"No {what} has the id '{id}'.");
}
