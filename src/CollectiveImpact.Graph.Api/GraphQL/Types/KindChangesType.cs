using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Store.Storage;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types;

public sealed class KindChangesType : ObjectGraphType<KindChanges>
{
    public KindChangesType()
    {
        Name = "KindChanges";
        Description = "How an import changes one kind of entry, compared with what was stored (nodes by id, ties by ends and type, measurements by indicator and date).";
        Field(x => x.Added).Description("Entries the import adds: not stored before.").Access(FieldAccess.Open);
        Field(x => x.Changed).Description("Stored entries the import replaces with a different one.").Access(FieldAccess.Open);
        Field(x => x.Removed).Description("Stored entries the import removes (a REPLACE removes what the document leaves out).").Access(FieldAccess.Open);
        Field(x => x.Unchanged).Description("Stored entries that stay exactly as they were.").Access(FieldAccess.Open);
    }
}
