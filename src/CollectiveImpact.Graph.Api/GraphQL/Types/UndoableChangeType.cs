using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.Services.Editing;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types;

public sealed class UndoableChangeType : ObjectGraphType<UndoEntry>
{
    public UndoableChangeType()
    {
        Name = "UndoableChange";
        Description = "Your last change that undoLastChange would take back.";
        Field(x => x.Description).Description("What it was, in words.").Access(FieldAccess.Backbone);
        Field(x => x.At).Description("When it was made.").Access(FieldAccess.Backbone);
        Field(x => x.Version).Description("The network version it made.").Access(FieldAccess.Backbone);
    }
}
