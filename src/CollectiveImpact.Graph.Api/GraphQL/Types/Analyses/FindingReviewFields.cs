using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.Services.Reviews;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;

/// <summary>The <c>key</c> and <c>review</c> fields every reviewable finding type has (docs/analyses.md, <i>Reviewed findings</i>).</summary>
public static class FindingReviewFields
{
    public static void AddReviewFields<T>(this ObjectGraphType<T> type, Func<T, string> key, string keyFormat)
    {
        type.Field<NonNullGraphType<IdGraphType>>("key")
            .Description($"The finding's stable key ({keyFormat}): the same finding on a later version has the same key. Give it to markFindingReviewed.")
            .Resolve(context => key(context.Source))
            .Access(FieldAccess.Analysis);
        type.Field<FindingReviewType>("review")
            .Description("Its review mark (markFindingReviewed), or null when nobody marked it: null means new since the last review.")
            .Resolve(context => context.RequestServices!.GetRequiredService<FindingReviewStore>().Get(key(context.Source)))
            .Access(FieldAccess.Review);
    }
}
