using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Store.Surveys;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Surveys;

/// <summary>What one organization answered in a round.</summary>
public sealed class SurveyResponseType : ObjectGraphType<SurveyResponse>
{
    public SurveyResponseType()
    {
        Name = "SurveyResponse";
        Description = "What one invited organization answered: a draft until submitted.";
        Field(x => x.Organization, type: typeof(NonNullGraphType<IdGraphType>)).Description("The organization answering.").Access(FieldAccess.SurveyAnswers);
        Field(x => x.Updated).Description("When it was last saved.").Access(FieldAccess.SurveyAnswers);
        Field(x => x.Submitted, nullable: true).Description("When it was submitted; null for a draft, which does not count.").Access(FieldAccess.SurveyAnswers);
        Field(x => x.OpenAnswer, nullable: true).Description("The answer to the round's open question.").Access(FieldAccess.SurveyAnswers);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PartnerAnswerType>>>>("answers").Description("One answer per partner it answered about.")
            .Resolve(context => context.Source.Answers).Access(FieldAccess.SurveyAnswers);
    }
}
