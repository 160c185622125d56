using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Store.Storage;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types;

public sealed class WriteResultType : ObjectGraphType<WriteResult>
{
    public WriteResultType()
    {
        Name = "WriteResult";
        Description = "What a write did.";
        Field(x => x.Version).Description("The network version the write produced.").Access(FieldAccess.Open);
        Field(x => x.Written, type: typeof(NonNullGraphType<EntityCountsType>)).Description("The entries written (added or replaced), per kind.").Access(FieldAccess.Open);
        Field(x => x.Deleted).Description("How many entries it removed, including ties and measurements that went with a deleted node.").Access(FieldAccess.Open);
    }
}
