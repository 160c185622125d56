using CollectiveImpact.Graph.Api.GraphQL.Pagination;
using CollectiveImpact.Graph.Store.Domain;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types.Relay.DataObjects;
using Microsoft.Extensions.Options;

namespace CollectiveImpact.Graph.Api.GraphQL.Loaders;

/// <summary>How resolvers reach the request's loaders: the few lines every relation field shares.</summary>
public static class ResolveContextExtensions
{
    public static NetworkLoaders Loaders(this IResolveFieldContext context) =>
        RequestServices(context).GetRequiredService<NetworkLoaders>();

    /// <summary>The connection's <c>first</c>/<c>after</c>, checked against the configured page sizes.</summary>
    public static PageArguments Page(this IResolveConnectionContext context) =>
        PageArguments.From(context, RequestServices(context).GetRequiredService<IOptions<PagingOptions>>().Value);

    /// <summary>The node with this id if it is a <typeparamref name="T"/>; null otherwise.</summary>
    public static LoaderResult<T?> LoadNode<T>(this IResolveFieldContext context, string? id)
        where T : class, INetworkNode =>
        id is null
            ? new LoaderResult<T?>(_ => Task.FromResult<T?>(null))
            : context.Loaders().Nodes.Load(id).Then(node => node as T);

    /// <summary>One page of a parent's children, from a loader that fetched the children of every parent at once.</summary>
    public static LoaderResult<Connection<T>> LoadChildren<T>(
        this IResolveConnectionContext context,
        Func<NetworkLoaders, BatchLoader<string, IReadOnlyList<T>>> loader,
        string parentId,
        Func<T, string> keyOf,
        Func<T, bool>? where = null)
    {
        var page = context.Page();
        return loader(context.Loaders()).Load(parentId)
            .Then(children => Connections.Slice((children ?? []).Where(where ?? (_ => true)), keyOf, page));
    }

    /// <summary>One page of nodes a parent names by id (organization.goals, activity.partners): page the ids, then load them.</summary>
    public static LoaderResult<Connection<T>> LoadNodes<T>(this IResolveConnectionContext context, IEnumerable<string> ids)
        where T : class, INetworkNode
    {
        var (pageIds, hasNextPage, totalCount) = Connections.SliceIds(ids, context.Page());
        return context.Loaders().Nodes.LoadMany(pageIds)
            .Then(nodes => Connections.Build(nodes.OfType<T>().ToList(), n => n.Id, hasNextPage, totalCount));
    }

    private static IServiceProvider RequestServices(IResolveFieldContext context) =>
        context.RequestServices ?? throw new InvalidOperationException("ExecutionOptions.RequestServices is not set.");
}
