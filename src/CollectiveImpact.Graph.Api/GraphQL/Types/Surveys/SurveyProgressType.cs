using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.Services.Surveys;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Surveys;

/// <summary>Who has answered a round so far.</summary>
public sealed class SurveyProgressType : ObjectGraphType<SurveyProgress>
{
    public SurveyProgressType()
    {
        Name = "SurveyProgress";
        Description = "Who has answered so far: counts, the response rate, and the rate by sector.";
        Field(x => x.Invited).Description("Organizations invited.").Access(FieldAccess.Survey);
        Field(x => x.Submitted).Description("Organizations that submitted.").Access(FieldAccess.Survey);
        Field(x => x.Drafts).Description("Organizations with a saved draft not yet submitted.").Access(FieldAccess.Survey);
        Field(x => x.ResponseRate).Description("Submitted ÷ invited, 0–1.").Access(FieldAccess.Survey);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SectorResponseRateType>>>>("bySector").Description("The response rate per sector.")
            .Resolve(context => context.Source.BySector).Access(FieldAccess.Survey);
    }
}
