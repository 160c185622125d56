namespace CollectiveImpact.Graph.Api.GraphQL.Errors;

/// <summary>Why a background job did not succeed: a stable code from <see cref="ErrorCodes"/> and a message.</summary>
public sealed record JobError(string Code, string Message);
