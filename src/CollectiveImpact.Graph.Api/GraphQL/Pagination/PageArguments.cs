using CollectiveImpact.Graph.Api.GraphQL.Errors;
using CollectiveImpact.Graph.Store.Storage;
using GraphQL;
using GraphQL.Builders;

namespace CollectiveImpact.Graph.Api.GraphQL.Pagination;

/// <summary>
/// A connection field's <c>first</c>/<c>after</c>, checked and decoded. Read eagerly in the resolver, before any
/// batch loading, because GraphQL.NET reuses resolve contexts once a resolver has returned.
/// </summary>
public sealed record PageArguments(int First, string? AfterKey)
{
    public static PageArguments From(IResolveConnectionContext context, PagingOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new PageArguments(CheckedFirst(context, options), Cursor.Decode(context.After));
    }

    /// <summary>The page size asked for (the default when omitted), or INVALID_ARGUMENT when outside 0..the maximum.</summary>
    public static int CheckedFirst(IResolveFieldContext context, PagingOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        // Read raw: IResolveConnectionContext.First takes the absolute value, which would turn first: -5 into 5 (and
        // throws OverflowException on int.MinValue).
        var first = context.GetArgument<int?>("first") ?? options.DefaultPageSize;
        if (first < 0 || first > options.MaxPageSize)
        {
            throw ApiError.InvalidArgument(
                $"first: must be between 0 and {options.MaxPageSize} (the maximum page size); got {first}. Page through longer lists with 'after'.");
        }

        return first;
    }

    public PageRequest ToPageRequest() => new(First, AfterKey);
}
