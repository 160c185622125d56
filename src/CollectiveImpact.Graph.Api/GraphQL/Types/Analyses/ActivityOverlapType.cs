using CollectiveImpact.Graph.Analytics.Overlaps;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Types.Enums;
using CollectiveImpact.Graph.Api.Services.Reviews;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;

public sealed class ActivityOverlapType : ObjectGraphType<ActivityOverlap>
{
    public ActivityOverlapType()
    {
        Name = "ActivityOverlap";
        Description = "Two activities with different leads doing much the same thing: similar indicators, a shared population and place.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("activityIds").Description("The two activities' ids, in id order.")
            .Resolve(context => new[] { context.Source.ActivityA, context.Source.ActivityB })
            .Access(FieldAccess.Analysis);
        this.AddNodeListField<ActivityOverlap, ActivityType>("activities", x => [x.ActivityA, x.ActivityB], "The two activities, in id order.");
        this.AddNodeListField<ActivityOverlap, OrganizationType>("leads", x => [x.LeadA, x.LeadB], "Their lead organizations, in the same order.");
        Field(x => x.Similarity).Description("Jaccard similarity of their indicator sets: shared / either.").Access(FieldAccess.Analysis);
        this.AddNodeListField<ActivityOverlap, IndicatorType>("sharedIndicators", x => x.SharedIndicators, "The indicators both move.");
        Field(x => x.SharedPopulations).Description("The populations both serve.").Access(FieldAccess.Analysis);
        Field(x => x.SharedPlaces).Description("The places both work in.").Access(FieldAccess.Analysis);
        Field("coordination", x => x.Status, type: typeof(NonNullGraphType<CoordinationEnumType>)).Description("Whether anything coordinates them.").Access(FieldAccess.Analysis);
        this.AddReviewFields(FindingKeys.Of, "overlap:a|b, the two activities' ids in order");
        Field(x => x.Reasons, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<CoordinationReasonEnumType>>>))
            .Description("Why they count as coordinated; empty when they do not.")
            .Access(FieldAccess.Analysis);
        Field(x => x.LeadRelations, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<EdgeRelationEnumType>>>))
            .Description("What joins their leads in ORGANIZATIONS; empty when nothing does.")
            .Access(FieldAccess.Analysis);
        Field(x => x.Flows, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<ActivityFlowType>>>)).Description("The FEEDS_INTO ties between them, either way.").Access(FieldAccess.Analysis);
        this.AddNodeListField<ActivityOverlap, OrganizationType>("sharedPartners", x => x.SharedPartners, "The partner organizations both have.");
        Field(x => x.Message).Description("What they share and what, if anything, coordinates them, in a sentence.").Access(FieldAccess.Analysis);
    }
}
