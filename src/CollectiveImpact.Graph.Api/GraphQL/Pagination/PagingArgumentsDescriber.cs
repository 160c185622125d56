using GraphQL.Types;
using GraphQL.Utilities;
using Microsoft.Extensions.Options;

namespace CollectiveImpact.Graph.Api.GraphQL.Pagination;

/// <summary>
/// Writes the configured page sizes into the <c>first</c>/<c>after</c> descriptions of every connection field, so
/// the schema tells clients the default and the maximum (GraphQL.NET's connection builder describes them generically).
/// </summary>
public sealed class PagingArgumentsDescriber(IOptions<PagingOptions> options) : BaseSchemaNodeVisitor
{
    public override void VisitObjectFieldArgumentDefinition(QueryArgument argument, FieldType field, IObjectGraphType type, ISchema schema)
    {
        if (field.Arguments?.Find("after") is null || field.Arguments.Find("first") is null)
        {
            return;
        }

        var paging = options.Value;
        argument.Description = argument.Name switch
        {
            "first" => $"At most this many edges: {paging.DefaultPageSize} when omitted, at most {paging.MaxPageSize} (more fails with INVALID_ARGUMENT).",
            "after" => "Only edges after this cursor: an edge's cursor or pageInfo.endCursor from an earlier page.",
            _ => argument.Description,
        };
    }
}
