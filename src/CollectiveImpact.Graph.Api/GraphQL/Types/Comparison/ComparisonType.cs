using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;
using CollectiveImpact.Graph.Api.Services.Comparison;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Comparison;

public sealed class ComparisonType : ObjectGraphType<ComparisonRun>
{
    public ComparisonType()
    {
        Name = "Comparison";
        Description = "What changed from one side to the other (analyses.md §6): who joined and left, ties added and ended, the ORGANIZATIONS network's metrics, reinforcement, equity and backbone dependence before and after, the biggest movers, and sentences to read out. When it is computed by a background job (`job` set, docs/jobs.md), every part of the result is null until the job succeeds; `from`, `to` and `parameters` are there at once.";
        Field<NonNullGraphType<ComparedSideType>>("from").Description("The earlier side (\"before\").").Resolve(c => c.Source.From).Access(FieldAccess.Analysis);
        Field<NonNullGraphType<ComparedSideType>>("to").Description("The later side (\"after\").").Resolve(c => c.Source.To).Access(FieldAccess.Analysis);
        Field<NonNullGraphType<ComparisonParametersType>>("parameters").Description("The parameters it ran with, defaults filled in.").Resolve(c => c.Source.Parameters).Access(FieldAccess.Analysis);
        Field<DateTimeOffsetGraphType>("computedAt").Description("When it was computed (UTC); a cached result keeps the time it was first computed. Null while a background job computes it.").Resolve(c => c.Source.ComputedAt).Access(FieldAccess.Analysis);
        Field<MembershipChangeType>("organizations").Description("Organizations joined and left.").Resolve(c => c.Source.Result?.Organizations).Access(FieldAccess.Analysis);
        Field<MembershipChangeType>("people").Description("People joined and left (the lists only with the people the caller may see).").Resolve(c => c.Source.Result?.People).Access(FieldAccess.Analysis);
        Field<TieChangesType>("tiesAdded").Description("Ties on the to side and not on the from side.").Resolve(c => c.Source.Result?.TiesAdded).Access(FieldAccess.Analysis);
        Field<TieChangesType>("tiesEnded").Description("Ties on the from side and not on the to side.").Resolve(c => c.Source.Result?.TiesEnded).Access(FieldAccess.Analysis);
        Field<ListGraphType<NonNullGraphType<NamedMetricChangeType>>>("metrics").Description("Every network metric of ORGANIZATIONS (analyses.md §1) before, after and change.").Resolve(c => c.Source.Result?.Metrics).Access(FieldAccess.Analysis);
        Field<ReinforcementChangeType>("reinforcement").Description("The reinforcement index of the initiative and per goal.").Resolve(c => c.Source.Result?.Reinforcement).Access(FieldAccess.Analysis);
        Field<ListGraphType<NonNullGraphType<EquityChangeType>>>("equity").Description("The equity lens's summary per measure (its defaults).").Resolve(c => c.Source.Result?.Equity).Access(FieldAccess.Analysis);
        Field<MetricChangeType>("backboneDependence")
            .Description("The share (0-1) of connected pairs of organizations other than the backbone that are farther apart, or no longer connected, without the backbone: lower means partners reach each other directly. Null on a side without a backbone (initiative.backbone) or without such a pair.")
            .Resolve(c => c.Source.Result?.BackboneDependence)
            .Access(FieldAccess.Analysis);
        Field<MoversType>("movers").Description("The organizations whose degree and betweenness rose or fell most.").Resolve(c => c.Source.Result?.Movers).Access(FieldAccess.Analysis);
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("sentences").Description("What changed, in a few sentences a backbone can read out at a partners' meeting (numbers rounded; no person is named).").Resolve(c => c.Source.Result?.Sentences).Access(FieldAccess.Analysis);
        Field<AnalysisJobType>("job")
            .Description("The background job computing this comparison when it is too long for a request (its estimated time is above Jobs:RunAsJobAbove, e.g. at 20,000 organizations); null when it was computed or read in the request. While the job is not SUCCEEDED, every part of the result is null: poll analysisJob(id) (its progress and time left), then read analysisJob(id).compare or ask compare again (answered from the cache).")
            .Resolve(c => c.Source.Job)
            .Access(FieldAccess.Analysis);
    }
}
