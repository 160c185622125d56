namespace CollectiveImpact.Graph.Store.Validation;

/// <summary>
/// One broken rule: where (a JSON path into the document, e.g. <c>$.activities[3].lead</c>), a stable code,
/// and why, in a sentence.
/// </summary>
public sealed record ValidationProblem(string Path, string Code, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
