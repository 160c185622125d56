namespace CollectiveImpact.Graph.Api.Services.Errors;

/// <summary>An iterative analysis stopped at its iteration limit before it converged; nothing was cached.</summary>
public sealed class AnalysisDidNotConvergeProblem(string message) : ServiceProblem(message);
