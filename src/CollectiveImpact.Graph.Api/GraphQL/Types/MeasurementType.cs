using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Loaders;
using CollectiveImpact.Graph.Api.GraphQL.Scalars;
using CollectiveImpact.Graph.Api.Services.Editing;
using CollectiveImpact.Graph.Store.Domain;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types;

public sealed class MeasurementType : ObjectGraphType<Measurement>
{
    public MeasurementType()
    {
        Name = "Measurement";
        Description = "One data point of an indicator; an indicator has at most one per date.";
        Field(x => x.Date, type: typeof(NonNullGraphType<CalendarDateGraphType>)).Description("The date the value was measured.").Access(FieldAccess.Open);
        Field(x => x.Value).Description("The measured value, in the indicator's unit.").Access(FieldAccess.Open);
        Field<NonNullGraphType<StringGraphType>>("revision").Description("The measurement's revision: send it as ifRevision with recordMeasurement/removeMeasurement to correct it safely (CONFLICT when it changed since).")
            .Resolve(context => Revisions.Of(context.Source)).Access(FieldAccess.Open);
        Field<NonNullGraphType<IndicatorType>>("indicator")
            .Description("The indicator measured.")
            .Resolve(context => context.LoadNode<Indicator>(context.Source.Indicator))
            .Access(FieldAccess.Open);
        Field<OrganizationType>("reportedBy")
            .Description("The organization that reported the value, when known.")
            .Resolve(context => context.LoadNode<Organization>(context.Source.ReportedBy))
            .Access(FieldAccess.Open);
    }
}
