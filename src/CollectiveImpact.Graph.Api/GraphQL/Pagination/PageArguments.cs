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
        // Read raw: IResolveConnectionContext.First takes the absolute value, which would turn first: -5 into 5.
        var first = context.GetArgument<int?>("first") ?? options.DefaultPageSize;
        if (first < 0 || first > options.MaxPageSize)
        {
            throw ApiError.InvalidArgument(
                $"first: must be between 0 and {options.MaxPageSize} (the maximum page size); got {first}. Page through longer lists with 'after'.");
        }

        return new PageArguments(first, Cursor.Decode(context.After));
    }

    public PageRequest ToPageRequest() => new(First, AfterKey);
}
