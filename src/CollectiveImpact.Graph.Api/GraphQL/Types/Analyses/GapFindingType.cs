using CollectiveImpact.Graph.Analytics.Gaps;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Types.Enums;
using CollectiveImpact.Graph.Api.Services.Reviews;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;

public sealed class GapFindingType : ObjectGraphType<GapFinding>
{
    public GapFindingType()
    {
        Name = "GapFinding";
        Description = "One place where a condition of collective impact is missing, with a sentence a person can act on.";
        Field(x => x.Kind, type: typeof(NonNullGraphType<GapKindEnumType>)).Description("What is missing.").Access(FieldAccess.Analysis);
        Field(x => x.NodeIds, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>)).Description("The ids of the nodes it is about.").Access(FieldAccess.Analysis);
        this.AddNodeListField<GapFinding, NetworkNodeInterface>("nodes", x => x.NodeIds, "The nodes it is about.");
        Field(x => x.Message).Description("What is missing and what to do, in a sentence.").Access(FieldAccess.Analysis);
        this.AddReviewFields(FindingKeys.Of, "gap:KIND:id|id…, its kind and its nodes' ids in order");
    }
}
