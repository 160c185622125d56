namespace CollectiveImpact.Graph.Api.Services.Errors;

/// <summary>An argument out of range; the message starts with the argument's name and says what is allowed.</summary>
public sealed class ArgumentProblem(string message) : ServiceProblem(message);
