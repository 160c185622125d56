using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Scalars;
using CollectiveImpact.Graph.Api.Services.Surveys;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Surveys;

/// <summary>A round's aggregate scores, for dashboards.</summary>
public sealed class SurveySummaryType : ObjectGraphType<SurveySummary>
{
    public SurveySummaryType()
    {
        Name = "SurveySummary";
        Description = "A survey round's aggregate scores, readable by every role: no organization named, no answer and no free text.";
        Field("round", x => x.Round, type: typeof(NonNullGraphType<IdGraphType>)).Description("The round's id.").Access(FieldAccess.Analysis);
        Field(x => x.Name).Description("The round's name.").Access(FieldAccess.Analysis);
        Field(x => x.Opens, type: typeof(NonNullGraphType<CalendarDateGraphType>)).Description("Its first day.").Access(FieldAccess.Analysis);
        Field(x => x.Closes, type: typeof(NonNullGraphType<CalendarDateGraphType>)).Description("Its last day.").Access(FieldAccess.Analysis);
        Field(x => x.Status, type: typeof(NonNullGraphType<SurveyRoundStatusEnumType>)).Description("Where it stands.").Access(FieldAccess.Analysis);
        Field<NonNullGraphType<IntGraphType>>("invited").Description("Organizations invited.").Resolve(c => c.Source.Result.Invited).Access(FieldAccess.Analysis);
        Field<NonNullGraphType<IntGraphType>>("submitted").Description("Organizations that submitted.").Resolve(c => c.Source.Result.Submitted).Access(FieldAccess.Analysis);
        Field<FloatGraphType>("responseRate").Description("Submitted ÷ invited.").Resolve(c => c.Source.Result.ResponseRate).Access(FieldAccess.Analysis);
        Field<FloatGraphType>("networkTrust").Description("Mean trust over all scored relationships (1–4).").Resolve(c => c.Source.Result.NetworkTrust).Access(FieldAccess.Analysis);
        Field<FloatGraphType>("networkValue").Description("Mean value over all scored relationships (1–4).").Resolve(c => c.Source.Result.NetworkValue).Access(FieldAccess.Analysis);
        Field<FloatGraphType>("networkTrustShare").Description("Network trust as a share of 4 (0–1).").Resolve(c => c.Source.Result.NetworkTrust / 4).Access(FieldAccess.Analysis);
        Field<FloatGraphType>("networkValueShare").Description("Network value as a share of 4 (0–1).").Resolve(c => c.Source.Result.NetworkValue / 4).Access(FieldAccess.Analysis);
        Field<NonNullGraphType<IntGraphType>>("relationships").Description("Scored relationships.").Resolve(c => c.Source.Result.Relationships.Count).Access(FieldAccess.Analysis);
        Field<NonNullGraphType<IntGraphType>>("confirmed").Description("Pairs both sides reported.").Resolve(c => c.Source.Result.Confirmed).Access(FieldAccess.Analysis);
        Field<NonNullGraphType<IntGraphType>>("oneSided").Description("One-sided pairs.").Resolve(c => c.Source.Result.OneSided).Access(FieldAccess.Analysis);
        Field<NonNullGraphType<IntGraphType>>("unconfirmed").Description("Unconfirmed pairs.").Resolve(c => c.Source.Result.Unconfirmed).Access(FieldAccess.Analysis);
        Field<FloatGraphType>("density").Description("Density of the reported network.").Resolve(c => c.Source.Result.Density).Access(FieldAccess.Analysis);
        Field<FloatGraphType>("degreeCentralization").Description("Degree centralization of the reported network.").Resolve(c => c.Source.Result.DegreeCentralization).Access(FieldAccess.Analysis);
        Field<NonNullGraphType<IntGraphType>>("highValueLowTrust").Description("How many relationships are of high value but low trust.").Resolve(c => c.Source.Result.HighValueLowTrust.Count).Access(FieldAccess.Analysis);
    }
}
