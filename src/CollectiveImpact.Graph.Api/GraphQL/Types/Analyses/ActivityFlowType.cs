using CollectiveImpact.Graph.Analytics.Agenda;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;

public sealed class ActivityFlowType : ObjectGraphType<ActivityFlow>
{
    public ActivityFlowType()
    {
        Name = "ActivityFlow";
        Description = "A FEEDS_INTO tie: the first activity's outputs are the second's inputs.";
        Field(x => x.From, type: typeof(NonNullGraphType<IdGraphType>)).Description("The feeding activity's id.").Access(FieldAccess.Analysis);
        Field(x => x.To, type: typeof(NonNullGraphType<IdGraphType>)).Description("The fed activity's id.").Access(FieldAccess.Analysis);
    }
}
