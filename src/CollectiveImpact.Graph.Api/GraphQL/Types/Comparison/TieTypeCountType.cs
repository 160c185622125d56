using CollectiveImpact.Graph.Analytics.Change;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Types.Enums;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Comparison;

public sealed class TieTypeCountType : ObjectGraphType<TieTypeCount>
{
    public TieTypeCountType()
    {
        Name = "TieTypeCount";
        Description = "How many ties of one type were added (or ended).";
        Field(x => x.Type, type: typeof(NonNullGraphType<TieTypeEnumType>)).Description("The tie type.").Access(FieldAccess.Analysis);
        Field(x => x.Count).Description("How many.").Access(FieldAccess.Analysis);
    }
}
