using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.Services;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types;

public sealed class ImportResultType : ObjectGraphType<ImportResult>
{
    public ImportResultType()
    {
        Name = "ImportResult";
        Description = "What an import did or, for a dry run, would do.";
        Field(x => x.Version).Description("The network version the import produced; for a dry run, the version it was checked against, which it leaves unchanged.").Access(FieldAccess.Open);
        Field(x => x.DryRun).Description("True when nothing was written (importNetwork(dryRun: true)).").Access(FieldAccess.Open);
        Field(x => x.Written, type: typeof(NonNullGraphType<EntityCountsType>)).Description("The entries the document writes (added or replaced), per kind.").Access(FieldAccess.Open);
        Field(x => x.Deleted).Description("How many stored entries the import removes (a REPLACE removes what the document leaves out).").Access(FieldAccess.Open);
        Field(x => x.Changes, type: typeof(NonNullGraphType<NetworkChangesType>)).Description("Added, changed, removed and unchanged entries per kind, against the version the document was checked against.").Access(FieldAccess.Open);
        Field(x => x.Warnings, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<ImportWarningType>>>)).Description("What the import does that may not be meant, e.g. MOST_OF_NETWORK_REMOVED; empty when nothing.").Access(FieldAccess.Open);
        Field(x => x.SurveyRounds, nullable: true).Description("The survey rounds the document carries (docs/survey.md): in MERGE each replaces the stored round of its id, in REPLACE they replace every round. Null when it has no surveys section (stored rounds stay as they are).").Access(FieldAccess.Open);
    }
}
