using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Loaders;
using CollectiveImpact.Graph.Api.GraphQL.Scalars;
using CollectiveImpact.Graph.Api.Services.Analyses;
using CollectiveImpact.Graph.Store.Domain;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;

/// <summary>What every analysis result declares alike: how to reproduce it, and nodes referred to by id.</summary>
public static class AnalysisRunFields
{
    /// <summary><c>parameters</c>, <c>networkVersion</c>, <c>asOf</c> and <c>computedAt</c>, which analyses.md asks of every result.</summary>
    public static void AddRunFields<TResult, TParametersType>(this ObjectGraphType<AnalysisRun<TResult>> type)
        where TParametersType : IGraphType
    {
        type.Field<NonNullGraphType<TParametersType>>("parameters")
            .Description("The parameters it ran with, defaults filled in: the same parameters on the same version give the same result.")
            .Resolve(context => context.Source.Parameters)
            .Access(FieldAccess.Analysis);
        type.Field(x => x.NetworkVersion).Description("The network version it was computed on (see Query.networkVersion).").Access(FieldAccess.Analysis);
        type.Field<NonNullGraphType<CalendarDateGraphType>>("asOf")
            .Description("The date the network was read as of (network-format.md, Time: only the ties, activities, organizations, people and measurements counting on it): the asOf asked for, today (UTC) by default.")
            .Resolve(context => context.Source.AsOf)
            .Access(FieldAccess.Analysis);
        type.Field<NonNullGraphType<DateTimeOffsetGraphType>>("computedAt")
            .Description("When it was computed (UTC); a cached result keeps the time it was first computed. While a background job computes it (see job), when the job was queued.")
            .Resolve(context => context.Source.ComputedAt)
            .Access(FieldAccess.Analysis);
    }

    /// <summary>
    /// <c>job</c>: the background job computing the result when it would not fit the request (docs/jobs.md); null when
    /// the result was computed or read in the request.
    /// </summary>
    public static void AddJobField<TResult>(this ObjectGraphType<AnalysisRun<TResult>> type, string pending) =>
        type.Field<AnalysisJobType>("job")
            .Description("The background job computing this result when it is too long for a request (its estimated time is above Jobs:RunAsJobAbove); null when it was computed or read in the request. While the job is not SUCCEEDED, " + pending + " Poll analysisJob(id), then ask again: the result comes from the cache.")
            .Resolve(context => context.Source.Job)
            .Access(FieldAccess.Analysis);

    /// <summary>A field resolving a node id of a result to the node (batched per request).</summary>
    public static void AddNodeField<TSource>(this ObjectGraphType<TSource> type, string name, Func<TSource, string> id, string description) =>
        type.Field<NetworkNodeInterface>(name)
            .Description(description + " Null only if a write removed it after this result was computed.")
            .Resolve(context => context.LoadNode<INetworkNode>(id(context.Source)))
            .Access(FieldAccess.Analysis);

    /// <summary>A field resolving a few node ids of a result (a finding's nodes, a pair's activities) to the nodes, in the given order.</summary>
    public static void AddNodeListField<TSource, TNodeType>(this ObjectGraphType<TSource> type, string name, Func<TSource, IReadOnlyList<string>> ids, string description)
        where TNodeType : IGraphType =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>(name)
            .Description(description + " A node a later write removed is left out.")
            .Resolve(context =>
            {
                var wanted = ids(context.Source);
                return context.Loaders().Nodes.LoadMany(wanted).Then(found =>
                {
                    var byId = found.ToDictionary(n => n.Id, StringComparer.Ordinal);
                    return wanted.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
                });
            })
            .Access(FieldAccess.Analysis);
}
