using CollectiveImpact.Graph.Analytics.Gaps;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Types.Enums;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;

public sealed class GapKindCountType : ObjectGraphType<GapKindCount>
{
    public GapKindCountType()
    {
        Name = "GapKindCount";
        Description = "How many findings of one kind.";
        Field(x => x.Kind, type: typeof(NonNullGraphType<GapKindEnumType>)).Description("The kind.").Access(FieldAccess.Analysis);
        Field(x => x.Count).Description("Its findings (zero when none).").Access(FieldAccess.Analysis);
    }
}
