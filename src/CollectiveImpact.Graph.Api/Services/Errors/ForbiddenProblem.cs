namespace CollectiveImpact.Graph.Api.Services.Errors;

/// <summary>The caller may not do this to this entry (e.g. cancel a job somebody else started); the message says who may.</summary>
public sealed class ForbiddenProblem(string message) : ServiceProblem(message);
