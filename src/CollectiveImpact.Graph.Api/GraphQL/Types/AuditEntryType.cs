using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Scalars;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types;

public sealed class AuditEntryType : ObjectGraphType<AuditEntry>
{
    public AuditEntryType()
    {
        Name = "AuditEntry";
        Description = "One write attempt: who, when, which mutation, its outcome and what it changed.";
        Field(x => x.Sequence).Description("The entry's number; later entries have higher numbers.").Access(FieldAccess.Backbone);
        Field(x => x.At).Description("When the write was attempted (UTC).").Access(FieldAccess.Backbone);
        Field(x => x.ActorKind).Description("key, jwt or development (no-auth mode).").Access(FieldAccess.Backbone);
        Field(x => x.ActorId).Description("The key id or the token's subject.").Access(FieldAccess.Backbone);
        Field(x => x.ActorName).Description("The key's name or the token's name claim.").Access(FieldAccess.Backbone);
        Field(x => x.ActorRole).Description("The caller's role.").Access(FieldAccess.Backbone);
        Field(x => x.Operation).Description("The mutation, e.g. createPerson or importNetwork.").Access(FieldAccess.Backbone);
        Field(x => x.Outcome).Description("OK, or the error code that refused the write (then nothing changed).").Access(FieldAccess.Backbone);
        Field(x => x.Changes, type: typeof(NonNullGraphType<JsonGraphType>))
            .Description("The ids the arguments named, and for writes that return them the counts written and deleted.")
            .Access(FieldAccess.Backbone);
        Field(x => x.VersionBefore, nullable: true).Description("The network version before the write.").Access(FieldAccess.Backbone);
        Field(x => x.VersionAfter, nullable: true).Description("The network version after it; null when it was refused.").Access(FieldAccess.Backbone);
    }
}
