using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Api.GraphQL.Limits;
using GraphQL.Validation;

namespace CollectiveImpact.Graph.Api.GraphQL.Documents;

/// <summary>
/// GraphQL.NET's validator, which for a cached document (<see cref="DocumentCache"/>) reuses a successful outcome
/// instead of walking the document again, but only where the outcome cannot differ: same document instance, same
/// operation, the caller's same role (<see cref="Authorization.FieldAccessRule"/> depends on it), exactly the same
/// rules (GET adds one, <c>Limits:Introspection=false</c> another), and no variables — neither declared by the operation
/// nor sent — since the complexity limit (<see cref="Limits.QueryCost"/>, a connection's <c>first</c>), directives and
/// argument coercion may read them. Nor for an operation that selects an analysis: its cost
/// (<see cref="AnalysisCost"/>) is priced on the current projection sizes, which a write changes. Everything else, and
/// every failure, is validated as before.
/// </summary>
/// <remarks>
/// The reused result carries the argument values GraphQL.NET computed during validation, keyed by the document's own
/// nodes: that is why the document instance must be the same. The executer only reads them. Whatever depends on who
/// the caller is beyond the role (a partner's organization, person visibility) is checked while fields resolve
/// (<see cref="Authorization.FieldAccessMiddleware"/>), which every request runs.
/// </remarks>
public sealed class CachingDocumentValidator(IDocumentValidator inner) : IDocumentValidator
{
    public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
    {
        if (options.UserContext?.TryGetValue(CachedDocument.UserContextKey, out var held) != true
            || held is not CachedDocument cached
            || !ReferenceEquals(cached.Document, options.Document)
            || options.Operation is not { } operation
            || operation.Variables is { Items.Count: > 0 }
            || options.Variables is { Count: > 0 }
            || AnalysisFieldLimitRule.SelectsAnalyses(cached.Document, operation))
        {
            return inner.ValidateAsync(options);
        }

        var role = Caller.From(options.User)?.Role ?? string.Empty;
        var rules = (options.Rules ?? DocumentValidator.CoreRules).Select(r => r.GetType()).ToArray();
        return cached.FindValidation(operation, role, rules) is { } reused
            ? Task.FromResult(reused)
            : ValidateAndKeepAsync(inner.ValidateAsync(options), cached, operation, role, rules);
    }

    private static async Task<IValidationResult> ValidateAndKeepAsync(
        Task<IValidationResult> validation, CachedDocument cached, GraphQLParser.AST.GraphQLOperationDefinition operation, string role, Type[] rules)
    {
        var result = await validation.ConfigureAwait(false);
        if (result.IsValid)
        {
            cached.KeepValidation(operation, role, rules, result);
        }

        return result;
    }
}
