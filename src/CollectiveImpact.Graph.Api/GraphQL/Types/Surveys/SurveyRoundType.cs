using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Scalars;
using CollectiveImpact.Graph.Api.Services.Surveys;
using CollectiveImpact.Graph.Store.Surveys;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Surveys;

/// <summary>A partner survey round.</summary>
public sealed class SurveyRoundType : ObjectGraphType<SurveyRound>
{
    public SurveyRoundType(SurveyService surveys)
    {
        Name = "SurveyRound";
        Description = "A partner survey round (docs/survey.md): who is invited, when it is open, who has answered, the answers and their scores.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The round's id.").Access(FieldAccess.Survey);
        Field(x => x.Name).Description("Its name.").Access(FieldAccess.Survey);
        Field(x => x.Opens, type: typeof(NonNullGraphType<CalendarDateGraphType>)).Description("The first day answers are taken.").Access(FieldAccess.Survey);
        Field(x => x.Closes, type: typeof(NonNullGraphType<CalendarDateGraphType>)).Description("The last day answers are taken.").Access(FieldAccess.Survey);
        Field(x => x.Question, nullable: true).Description("The backbone's own open question, if any.").Access(FieldAccess.Survey);
        Field(x => x.Invited, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>)).Description("The invited organizations' ids.").Access(FieldAccess.Survey);
        Field(x => x.Closed, type: typeof(CalendarDateGraphType)).Description("When it was closed by the backbone; null when it was not.").Access(FieldAccess.Survey);
        Field(x => x.Applied, type: typeof(CalendarDateGraphType)).Description("When its relationships were applied to the network; null when they were not.").Access(FieldAccess.Survey);
        Field<NonNullGraphType<SurveyRoundStatusEnumType>>("status").Description("Where it stands today.")
            .Resolve(context => surveys.StatusOf(context.Source)).Access(FieldAccess.Survey);
        Field<NonNullGraphType<SurveyProgressType>>("progress").Description("Who has answered: counts and response rate, overall and by sector.")
            .ResolveAsync(async context => await surveys.ProgressAsync(context.Source, context.CancellationToken)).Access(FieldAccess.Survey);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SurveyInvitationType>>>>("invitations").Description("Each invited organization with how far it is and its link.")
            .ResolveAsync(async context => await surveys.InvitationsAsync(context.Source, context.CancellationToken)).Access(FieldAccess.Survey);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SurveyResponseType>>>>("responses").Description("Every response saved, drafts included (status on each).")
            .Resolve(context => context.Source.Responses).Access(FieldAccess.Survey);
        Field<NonNullGraphType<SurveyResultType>>("results").Description("The scores over the submitted responses (analyses.md §7).")
            .ResolveAsync(async context => await surveys.ResultsAsync(context.Source, context.CancellationToken)).Access(FieldAccess.Survey);
    }
}
