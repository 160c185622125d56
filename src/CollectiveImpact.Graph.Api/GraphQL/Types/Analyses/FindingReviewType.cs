using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.Services.Reviews;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;

public sealed class FindingReviewType : ObjectGraphType<FindingReview>
{
    public FindingReviewType()
    {
        Name = "FindingReview";
        Description = "A finding marked as reviewed (markFindingReviewed): kept across network versions under the finding's key, so a later meeting sees which findings are new.";
        Field(x => x.Key, type: typeof(NonNullGraphType<IdGraphType>)).Description("The finding's key (its key field).").Access(FieldAccess.Review);
        Field(x => x.ReviewedAt).Description("When it was marked (UTC).").Access(FieldAccess.Review);
        Field(x => x.ReviewedBy).Description("Who marked it: the name of their API key or token.").Access(FieldAccess.Review);
        Field(x => x.Note, nullable: true).Description("What was decided, if anything was written.").Access(FieldAccess.Review);
    }
}
