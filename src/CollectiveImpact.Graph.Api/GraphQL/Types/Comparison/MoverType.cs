using CollectiveImpact.Graph.Analytics.Change;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Comparison;

public sealed class MoverType : ObjectGraphType<Mover>
{
    public MoverType()
    {
        Name = "Mover";
        Description = "An organization on both sides whose measure rose or fell.";
        Field<NonNullGraphType<ComparedNodeType>>("organization").Description("The organization, as the to side holds it.").Resolve(c => c.Source.Organization).Access(FieldAccess.Analysis);
        Field(x => x.Before).Description("On the from side.").Access(FieldAccess.Analysis);
        Field(x => x.After).Description("On the to side.").Access(FieldAccess.Analysis);
        Field(x => x.Change).Description("After - before.").Access(FieldAccess.Analysis);
    }
}
