namespace CollectiveImpact.Graph.Api.Services.Errors;

/// <summary>
/// A request a service refuses on purpose. Transport-neutral: services know nothing of GraphQL or HTTP, and one error
/// provider maps each kind to its stable code. Anything else a service throws is unexpected, masked and logged.
/// </summary>
/// <remarks>Not sealed: the kinds below are the only subclasses; the provider switches on them.</remarks>
public abstract class ServiceProblem(string message) : Exception(message);
