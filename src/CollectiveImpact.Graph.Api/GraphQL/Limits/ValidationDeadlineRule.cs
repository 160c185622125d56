using GraphQL.Validation;
using GraphQLParser.AST;

namespace CollectiveImpact.Graph.Api.GraphQL.Limits;

/// <summary>
/// Makes GraphQL.NET's validation walk stop at the request's deadline or when the caller goes away: the walk itself
/// never looks at the cancellation token, so this visitor checks it at every node. What one node costs the other
/// rules is bounded by <see cref="PreExecutionLimits"/>.
/// </summary>
public sealed class ValidationDeadlineRule : ValidationRuleBase
{
    private static readonly INodeVisitor Visitor = new DeadlineVisitor();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(Visitor);

    private sealed class DeadlineVisitor : INodeVisitor
    {
        public ValueTask EnterAsync(ASTNode node, ValidationContext context)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            return default;
        }

        public ValueTask LeaveAsync(ASTNode node, ValidationContext context) => default;
    }
}
