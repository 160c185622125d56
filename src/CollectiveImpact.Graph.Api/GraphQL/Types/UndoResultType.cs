using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.Services.Editing;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types;

public sealed class UndoResultType : ObjectGraphType<UndoResult>
{
    public UndoResultType()
    {
        Name = "UndoResult";
        Description = "A change taken back by undoLastChange.";
        Field(x => x.Undone).Description("What was taken back, in words (e.g. Created organization Riverbend Food Share).").Access(FieldAccess.Backbone);
        Field(x => x.Version).Description("The network version the undo made.").Access(FieldAccess.Backbone);
        Field(x => x.Ids, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>)).Description("The ids of the nodes it touched (a tie's ends, a measurement's indicator), to refresh them.").Access(FieldAccess.Backbone);
    }
}
