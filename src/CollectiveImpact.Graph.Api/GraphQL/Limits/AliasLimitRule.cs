using CollectiveImpact.Graph.Api.GraphQL.Errors;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace CollectiveImpact.Graph.Api.GraphQL.Limits;

/// <summary>
/// Refuses documents with more than <see cref="RequestLimits.MaxAliases"/> aliased fields. Aliases are how one
/// request asks for the same expensive field thousands of times (<c>a1: exportNetwork a2: exportNetwork …</c>),
/// which field merging cannot collapse; legitimate clients need a handful.
/// </summary>
public sealed class AliasLimitRule(IOptions<RequestLimits> options) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var max = options.Value.MaxAliases;
        var count = 0;
        return new(new MatchingNodeVisitor<GraphQLField>((field, validation) =>
        {
            if (field.Alias is not null && ++count == max + 1)
            {
                validation.ReportError(new ValidationError(validation.Document.Source, number: null!,
                    $"The document uses more than {max} aliases (Limits:MaxAliases).", field) { Code = ErrorCodes.TooManyAliases });
            }
        }));
    }
}
