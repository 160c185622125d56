using CollectiveImpact.Graph.Api.GraphQL.Errors;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace CollectiveImpact.Graph.Api.GraphQL.Http;

/// <summary>
/// GraphQL over HTTP: GET is safe, so it may carry queries only. Added to the validation rules of GET requests;
/// the endpoint answers its error with 405 and <c>Allow: POST</c>.
/// </summary>
public sealed class QueriesOnlyOverGetRule : ValidationRuleBase
{
    public static QueriesOnlyOverGetRule Instance { get; } = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation != OperationType.Query)
        {
            context.ReportError(new ValidationError(
                context.Document.Source,
                number: null!,
                $"A {context.Operation.Operation.ToString().ToLowerInvariant()} cannot be sent with GET; use POST.",
                context.Operation)
            { Code = ErrorCodes.MethodNotAllowed });
        }

        return default;
    }
}
