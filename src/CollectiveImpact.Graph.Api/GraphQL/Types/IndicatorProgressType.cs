using CollectiveImpact.Graph.Analytics.Progress;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Loaders;
using CollectiveImpact.Graph.Store.Domain;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types;

/// <summary>The analytics library's <see cref="ProgressSummary"/>: the one implementation of indicator progress.</summary>
public sealed class IndicatorProgressType : ObjectGraphType<ProgressSummary>
{
    public IndicatorProgressType()
    {
        Name = "IndicatorProgress";
        Description = "How far an indicator has come from its baseline toward its target, how far it should be by now, and its trend.";
        Field<NonNullGraphType<IdGraphType>>("indicatorId").Description("The indicator's id.").Resolve(context => context.Source.Indicator).Access(FieldAccess.Open);
        Field<IndicatorType>("indicator").Description("The indicator. Null only if a write removed it after this was computed.")
            .Resolve(context => context.LoadNode<Indicator>(context.Source.Indicator))
            .Access(FieldAccess.Open);
        Field<FloatGraphType>("baseline").Description("The baseline value, when the indicator has one.").Resolve(context => context.Source.Baseline?.Value).Access(FieldAccess.Open);
        Field(x => x.Latest, type: typeof(MeasurementType)).Description("The most recent measurement read, when there is any.").Access(FieldAccess.Open);
        Field<FloatGraphType>("target").Description("The target value, when the indicator has one.").Resolve(context => context.Source.Target?.Value).Access(FieldAccess.Open);
        Field(x => x.MeasurementCount).Description("How many measurements were read.").Access(FieldAccess.Open);
        Field(x => x.Fraction, nullable: true).Description(
            "The signed fraction of the way from baseline to target the latest value covers: (latest - baseline) / (target - baseline). " +
            "0 = at the baseline, 1 = target reached, negative = moved the wrong way (the sign respects direction). Null without a baseline, target or measurement, or when target equals baseline.")
            .Access(FieldAccess.Open);
        Field<FloatGraphType>("percentOfTheWay").Description("fraction as a percent (100 × fraction): 0 at the baseline, 100 at the target.")
            .DeprecationReason("Use fraction (a fraction: percentOfTheWay / 100).").Resolve(context => context.Source.Fraction * 100)
            .Access(FieldAccess.Open);
        Field("expected", x => x.ExpectedFraction, nullable: true).Description(
            "How far along it should be at the latest measurement's date on the straight line from the baseline date to the target date, clamped to 0..1. Null without both dates or without a measurement.")
            .Access(FieldAccess.Open);
        Field(x => x.ExpectedValue, nullable: true).Description("The value on that line at the latest measurement's date.").Access(FieldAccess.Open);
        Field(x => x.OnTrack, nullable: true).Description("True when the latest value is not behind the line in the indicator's direction; null when the line or the latest value is missing. False is a gap INDICATOR_OFF_TRACK.").Access(FieldAccess.Open);
        Field(x => x.TrendPerYear, nullable: true).Description("The least-squares slope of value against time over the measurements read, in the indicator's unit per year; null with fewer than two.").Access(FieldAccess.Open);
    }
}
