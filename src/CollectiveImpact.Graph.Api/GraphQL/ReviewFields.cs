using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;
using CollectiveImpact.Graph.Api.Services.Reviews;
using GraphQL;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL;

/// <summary>Findings marked as reviewed (docs/analyses.md, <i>Reviewed findings</i>): the backbone and evaluators, audited.</summary>
public static class ReviewFields
{
    public static void AddReviewQueryFields(this Query query, FindingReviewStore reviews)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FindingReviewType>>>>("findingReviews")
            .Description("Every finding marked as reviewed, newest first, whatever network version it was found on: a finding without one is new.")
            .Resolve(context => reviews.List())
            .Access(FieldAccess.Review);
    }

    public static void AddReviewMutationFields(this Mutation mutation, FindingReviewStore reviews)
    {
        mutation.Field<NonNullGraphType<FindingReviewType>>("markFindingReviewed")
            .Description("Marks a finding (a gap, an overlapping pair, an unreinforced pair or an introduction) as reviewed, with an optional note; marking it again replaces the time, reviewer and note. Does not change the network or its version; audited.")
            .Argument<NonNullGraphType<IdGraphType>>("key", "The finding's key field.")
            .Argument<StringGraphType>("note", "What was decided, at most 1,000 characters.")
            .Resolve(context => reviews.Mark(context.GetArgument<string>("key"), context.GetArgument<string?>("note"), context.Caller().Name))
            .Access(FieldAccess.Review);

        mutation.Field<NonNullGraphType<BooleanGraphType>>("clearFindingReview")
            .Description("Takes a finding's review mark off, so it counts as new again; false when it had none. Audited.")
            .Argument<NonNullGraphType<IdGraphType>>("key", "The finding's key field.")
            .Resolve(context => reviews.Clear(context.GetArgument<string>("key")))
            .Access(FieldAccess.Review);
    }
}
