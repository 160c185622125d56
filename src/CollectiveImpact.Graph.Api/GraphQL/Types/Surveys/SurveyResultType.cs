using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Surveys;

/// <summary>A round's scores (analyses.md §7).</summary>
public sealed class SurveyResultType : ObjectGraphType<Analytics.Survey.SurveyResult>
{
    public SurveyResultType()
    {
        Name = "SurveyResult";
        Description = "A round's scores over the submitted answers (analyses.md §7; docs/survey.md): response rate, trust and value per relationship, organization and network, reciprocity of the reported pairs, the reported network's shape, and the relationships of high value but low trust.";
        Field(x => x.Invited).Description("Organizations invited.").Access(FieldAccess.Survey);
        Field(x => x.Submitted).Description("Organizations that submitted.").Access(FieldAccess.Survey);
        Field(x => x.ResponseRate, nullable: true).Description("Submitted ÷ invited.").Access(FieldAccess.Survey);
        Field(x => x.NetworkTrust, nullable: true).Description("Mean trust over all scored relationships (1–4); null with none.").Access(FieldAccess.Survey);
        Field(x => x.NetworkValue, nullable: true).Description("Mean value over all scored relationships (1–4).").Access(FieldAccess.Survey);
        Field(x => x.Confirmed).Description("Pairs both sides reported.").Access(FieldAccess.Survey);
        Field(x => x.OneSided).Description("Pairs one side reported and the other, having submitted, did not.").Access(FieldAccess.Survey);
        Field(x => x.Unconfirmed).Description("Pairs one side reported while the other has not submitted.").Access(FieldAccess.Survey);
        Field(x => x.Density, nullable: true).Description("Density of the reported network over the invited organizations: 2E / (n(n − 1)).").Access(FieldAccess.Survey);
        Field(x => x.DegreeCentralization, nullable: true).Description("Freeman degree centralization of the reported network.").Access(FieldAccess.Survey);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ScoredRelationshipType>>>>("relationships").Description("Every scored relationship, by ids.")
            .Resolve(context => context.Source.Relationships).Access(FieldAccess.Survey);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganizationSurveyScoresType>>>>("organizations").Description("Each invited organization's scores, by id.")
            .Resolve(context => context.Source.Organizations).Access(FieldAccess.Survey);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportedPairType>>>>("pairs").Description("Every reported pair with its status.")
            .Resolve(context => context.Source.Pairs).Access(FieldAccess.Survey);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ScoredRelationshipType>>>>("highValueLowTrust").Description("Relationships of value ≥ 3 and trust ≤ 2.5, widest gap first: where the backbone's help matters most.")
            .Resolve(context => context.Source.HighValueLowTrust).Access(FieldAccess.Survey);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("summary").Description("The results in a few plain sentences.")
            .Resolve(context => context.Source.Summary).Access(FieldAccess.Survey);
    }
}
