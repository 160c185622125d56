using GraphQL.Validation;
using GraphQLParser.AST;

namespace CollectiveImpact.Graph.Api.GraphQL.Documents;

/// <summary>
/// A query text parsed once and found within <see cref="Limits.RequestLimits"/>, shared by every request that sends
/// the same text, with the validation outcomes that may be reused for it (<see cref="CachingDocumentValidator"/>).
/// The document is read-only once built: GraphQL.NET's executer only reads it.
/// </summary>
public sealed class CachedDocument
{
    /// <summary>The <c>ExecutionOptions.UserContext</c> key under which the request's entry travels to the validator.</summary>
    public const string UserContextKey = "ci:cachedDocument";

    /// <summary>Validation outcomes kept per document: roles × transports × operations of one text are few.</summary>
    public const int MaxValidations = 16;

    private readonly Lock gate = new();
    private ValidationMemo[] validations = [];

    public CachedDocument(string query, GraphQLDocument document, long bytes)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(document);
        Query = query;
        Document = document;
        Bytes = bytes;
    }

    public string Query { get; }

    public GraphQLDocument Document { get; }

    /// <summary>What the entry holds in memory, estimated: the text (UTF-16) and what building the document allocated.</summary>
    public long Bytes { get; }

    /// <summary>How many validation outcomes are kept (at most <see cref="MaxValidations"/>).</summary>
    public int ValidationCount => Volatile.Read(ref validations).Length;

    /// <summary>The successful validation of <paramref name="operation"/> by exactly these rules for this role, if one was kept.</summary>
    public IValidationResult? FindValidation(GraphQLOperationDefinition operation, string role, IReadOnlyList<Type> rules)
    {
        foreach (var memo in Volatile.Read(ref validations))
        {
            if (ReferenceEquals(memo.Operation, operation) && memo.Role == role && memo.Rules.SequenceEqual(rules))
            {
                return memo.Result;
            }
        }

        return null;
    }

    /// <summary>Keeps a successful validation; past <see cref="MaxValidations"/> the new one is not kept.</summary>
    public void KeepValidation(GraphQLOperationDefinition operation, string role, Type[] rules, IValidationResult result)
    {
        lock (gate)
        {
            if (validations.Length >= MaxValidations || FindValidation(operation, role, rules) is not null)
            {
                return;
            }

            Volatile.Write(ref validations, [.. validations, new ValidationMemo(operation, role, rules, result)]);
        }
    }

    private sealed record ValidationMemo(GraphQLOperationDefinition Operation, string Role, Type[] Rules, IValidationResult Result);
}
