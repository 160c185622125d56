using CollectiveImpact.Graph.Api.Services;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types;

public sealed class IndicatorProgressType : ObjectGraphType<IndicatorProgress>
{
    public IndicatorProgressType()
    {
        Name = "IndicatorProgress";
        Description = "How far an indicator has come from its baseline toward its target.";
        Field(x => x.Baseline, nullable: true).Description("The baseline value, when the indicator has one.");
        Field<MeasurementType>("latest").Description("The most recent measurement, when there is any.").Resolve(context => context.Source.Latest);
        Field(x => x.Target, nullable: true).Description("The target value, when the indicator has one.");
        Field(x => x.PercentOfTheWay, nullable: true).Description(
            "The signed fraction of the way from baseline to target that the latest value covers, respecting direction: " +
            "(latest - baseline) / (target - baseline). 0 = at the baseline, 1 = target reached, negative = moved the wrong way. " +
            "Null when not computable: no baseline, target or measurement, or a target that asks for no improvement in the indicator's direction.");
    }
}
