using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Scalars;
using CollectiveImpact.Graph.Api.Services.Comparison;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Comparison;

public sealed class ComparedSideType : ObjectGraphType<ComparedSideInfo>
{
    public ComparedSideType()
    {
        Name = "ComparedSide";
        Description = "What one side of a comparison was.";
        Field(x => x.Label).Description("How the sentences name it: the snapshot's name, or the date written out (1 March 2025).").Access(FieldAccess.Analysis);
        Field(x => x.Date, type: typeof(NonNullGraphType<CalendarDateGraphType>)).Description("The date it was read as of.").Access(FieldAccess.Analysis);
        Field(x => x.Snapshot, nullable: true).Description("The snapshot it came from; null for the stored network.").Access(FieldAccess.Analysis);
        Field(x => x.NetworkVersion).Description("The stored network's version, or the version the snapshot froze.").Access(FieldAccess.Analysis);
    }
}
