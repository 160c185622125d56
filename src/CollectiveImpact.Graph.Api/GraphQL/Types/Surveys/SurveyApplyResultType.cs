using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.Services.Surveys;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Surveys;

/// <summary>What applying a round did or would do.</summary>
public sealed class SurveyApplyResultType : ObjectGraphType<SurveyApplyResult>
{
    public SurveyApplyResultType()
    {
        Name = "SurveyApplyResult";
        Description = "What applying a survey round does (dryRun: would do): the ties added and updated, those already as reported, the pairs left out.";
        Field(x => x.DryRun).Description("True when nothing was written.").Access(FieldAccess.Backbone);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TieType>>>>("added").Description("New ties: COMMUNICATES (levels 1–2) or COLLABORATES (3–4), weight the level, since the round's last day.")
            .Resolve(context => context.Source.Added).Access(FieldAccess.Backbone);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TieType>>>>("updated").Description("Existing ties of the same ends and type whose weight becomes the reported level (their dates stay).")
            .Resolve(context => context.Source.Updated).Access(FieldAccess.Backbone);
        Field(x => x.Unchanged).Description("Reported pairs whose tie is already as reported.").Access(FieldAccess.Backbone);
        Field(x => x.Skipped, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>)).Description("Pairs left out, and why (an organization no longer in the network).").Access(FieldAccess.Backbone);
        Field(x => x.Version).Description("The network version after (in a dry run: as it is).").Access(FieldAccess.Backbone);
        Field(x => x.Snapshot, nullable: true).Description("The snapshot taken of the network as applied, when asked for.").Access(FieldAccess.Backbone);
    }
}
