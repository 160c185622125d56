using System.Globalization;
using CollectiveImpact.Graph.Analytics.Progress;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Loaders;
using CollectiveImpact.Graph.Api.GraphQL.Types.Enums;
using CollectiveImpact.Graph.Store.Domain;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types;

public sealed class IndicatorType : ObjectGraphType<Indicator>
{
    public IndicatorType()
    {
        Name = "Indicator";
        Description = "A shared measure: it measures one goal and moves from a baseline toward a target.";
        this.AddNodeFields(NodeKind.Indicator);
        Field(x => x.Unit, nullable: true).Description("The unit of its values, e.g. %.").Access(FieldAccess.Open);
        Field(x => x.Direction, type: typeof(NonNullGraphType<DirectionEnumType>)).Description("Which way is better.").Access(FieldAccess.Open);
        Field(x => x.Baseline, type: typeof(DatedValueType)).Description("Where it started.").Access(FieldAccess.Open);
        Field(x => x.Target, type: typeof(DatedValueType)).Description("Where it should get to.").Access(FieldAccess.Open);
        Field<NonNullGraphType<GoalType>>("goal")
            .Description("The goal it measures.")
            .Resolve(context => context.LoadNode<Goal>(context.Source.Goal))
            .Access(FieldAccess.Open);
        Connection<MeasurementType>("measurements")
            .Description("Its measurements, oldest first.")
            .Resolve(context => context.LoadChildren(l => l.MeasurementsByIndicator, context.Source.Id, m => m.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
            .Access(FieldAccess.Open);
        Field<NonNullGraphType<IndicatorProgressType>>("progress")
            .Description("Baseline, latest measurement, target, the fraction of the way covered and expected by now, and the trend, over every measurement.")
            .Resolve(context =>
            {
                var indicator = context.Source;
                return context.Loaders().MeasurementsByIndicator.Load(indicator.Id)
                    .Then(measurements => IndicatorProgress.Of(indicator, measurements ?? []));
            })
            .Access(FieldAccess.Open);
        Connection<ActivityType>("activities")
            .Description("The activities that move this indicator, in id order. None means nobody moves it.")
            .Resolve(context => context.LoadChildren(l => l.ActivitiesByIndicator, context.Source.Id, a => a.Id))
            .Access(FieldAccess.Open);
    }
}
