using GraphQL;
using GraphQL.Instrumentation;
using Microsoft.Extensions.Options;

namespace CollectiveImpact.Graph.Api.GraphQL.Pagination;

/// <summary>
/// Checks a connection field's <c>first</c> before GraphQL.NET's connection builder sees it: the builder reads it
/// through <c>Math.Abs</c>, so <c>first: -2147483648</c> failed there with an OverflowException (INTERNAL) before any
/// resolver of ours could answer INVALID_ARGUMENT.
/// </summary>
public sealed class PageSizeMiddleware(IOptions<PagingOptions> options) : IFieldMiddleware
{
    public ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var arguments = context.FieldDefinition.Arguments;
        if (arguments?.Find("after") is not null && arguments.Find("first") is not null)
        {
            PageArguments.CheckedFirst(context, options.Value);
        }

        return next(context);
    }
}
