using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Scalars;
using CollectiveImpact.Graph.Api.Services.Surveys;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Surveys;

/// <summary>What a survey link opens.</summary>
public sealed class SurveyFormType : ObjectGraphType<SurveyForm>
{
    public SurveyFormType()
    {
        Name = "SurveyForm";
        Description = "A survey link's form: the round, who is answering, the other partners and the answers saved so far.";
        Field("round", x => x.Round, type: typeof(NonNullGraphType<IdGraphType>)).Description("The round's id.").Access(FieldAccess.SurveyForm);
        Field(x => x.Name).Description("The round's name.").Access(FieldAccess.SurveyForm);
        Field(x => x.Question, nullable: true).Description("The backbone's own open question, if any.").Access(FieldAccess.SurveyForm);
        Field(x => x.Opens, type: typeof(NonNullGraphType<CalendarDateGraphType>)).Description("The first day answers are taken.").Access(FieldAccess.SurveyForm);
        Field(x => x.Closes, type: typeof(NonNullGraphType<CalendarDateGraphType>)).Description("The last day answers can be saved or changed.").Access(FieldAccess.SurveyForm);
        Field("open", x => x.IsOpen).Description("True while answers can be saved.").Access(FieldAccess.SurveyForm);
        Field(x => x.Organization, type: typeof(NonNullGraphType<IdGraphType>)).Description("The organization answering.").Access(FieldAccess.SurveyForm);
        Field(x => x.OrganizationName).Description("Its name.").Access(FieldAccess.SurveyForm);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SurveyPartnerType>>>>("partners").Description("The other invited partners, by name.")
            .Resolve(context => context.Source.Partners).Access(FieldAccess.SurveyForm);
        Field<SurveyResponseType>("response").Description("This organization's answers so far; null before the first save.")
            .Resolve(context => context.Source.Response).Access(FieldAccess.SurveyForm);
    }
}
