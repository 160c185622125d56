using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Types.Surveys;
using CollectiveImpact.Graph.Api.Services.Surveys;
using CollectiveImpact.Graph.Store.Surveys;
using GraphQL;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL;

/// <summary>
/// The partner survey (docs/survey.md): rounds for the backbone and evaluators, aggregate scores for every role, and
/// the form a survey link opens, which is all such a link can read or write.
/// </summary>
public static class SurveyFields
{
    public static void AddSurveyQueryFields(this Query query, SurveyService surveys)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SurveyRoundType>>>>("surveyRounds")
            .Description("Every partner survey round, newest first, with who has answered, the answers and their scores.")
            .Resolve(context => surveys.List())
            .Access(FieldAccess.Survey);

        query.Field<SurveyRoundType>("surveyRound")
            .Description("One survey round; null when no round has this id.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The round's id.")
            .Resolve(context => surveys.Find(context.GetArgument<string>("id")))
            .Access(FieldAccess.Survey);

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SurveySummaryType>>>>("surveySummaries")
            .Description("Each round's aggregate scores, newest first: trust, value, response rate and the reported network's shape, naming nobody. Compare rounds over time.")
            .Resolve(context => surveys.Summaries())
            .Access(FieldAccess.Analysis);

        query.Field<NonNullGraphType<SurveyFormType>>("surveyForm")
            .Description("The form a survey link opens: its round, its organization, the other partners and its answers so far. Only a survey link reads it.")
            .ResolveAsync(async context => await surveys.FormAsync(context.Caller(), context.CancellationToken))
            .Access(FieldAccess.SurveyForm);
    }

    public static void AddSurveyMutationFields(this Mutation mutation, SurveyService surveys)
    {
        mutation.Field<NonNullGraphType<CreatedSurveyRoundType>>("createSurveyRound")
            .Description("Makes a survey round and one personal link per invited organization, returned this once to mail out. Each link answers only this round for its organization and stops working when the round closes.")
            .Argument<NonNullGraphType<SurveyRoundInputType>>("input", "The round.")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<Dictionary<string, object?>>("input");
                return await surveys.CreateAsync(
                    (string)input["name"]!, (DateOnly)input["opens"]!, (DateOnly)input["closes"]!,
                    ((IEnumerable<object?>)input["invited"]!).Select(o => (string)o!).ToList(), input.GetValueOrDefault("question") as string,
                    context.CancellationToken);
            })
            .Access(FieldAccess.Backbone);

        mutation.Field<NonNullGraphType<SurveyLinkType>>("reissueSurveyLink")
            .Description("Revokes an organization's link to an open or scheduled round and makes a new one, returned this once; its saved answers stay.")
            .Argument<NonNullGraphType<IdGraphType>>("round", "The round's id.")
            .Argument<NonNullGraphType<IdGraphType>>("organization", "The invited organization's id.")
            .ResolveAsync(async context => await surveys.ReissueLinkAsync(
                context.GetArgument<string>("round"), context.GetArgument<string>("organization"), context.CancellationToken))
            .Access(FieldAccess.Backbone);

        mutation.Field<NonNullGraphType<BooleanGraphType>>("revokeSurveyLink")
            .Description("Revokes an organization's link at once (its saved answers stay); false when it had no live link.")
            .Argument<NonNullGraphType<IdGraphType>>("round", "The round's id.")
            .Argument<NonNullGraphType<IdGraphType>>("organization", "The invited organization's id.")
            .Resolve(context => surveys.RevokeLink(context.GetArgument<string>("round"), context.GetArgument<string>("organization")))
            .Access(FieldAccess.Backbone);

        mutation.Field<NonNullGraphType<SurveyRoundType>>("closeSurveyRound")
            .Description("Closes a round today: no more answers, every link revoked, results final. Closing a closed round changes nothing.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The round's id.")
            .Resolve(context => surveys.Close(context.GetArgument<string>("id")))
            .Access(FieldAccess.Backbone);

        mutation.Field<NonNullGraphType<SurveyRoundType>>("deleteSurveyRound")
            .Description("Deletes a round with its answers and revokes its links. Ties it was applied as stay in the network.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The round's id.")
            .Resolve(context => surveys.Delete(context.GetArgument<string>("id")))
            .Access(FieldAccess.Backbone);

        mutation.Field<NonNullGraphType<SurveyApplyResultType>>("applySurveyRound")
            .Description("Writes a closed round's reported relationships to the network as ties: level 1–2 COMMUNICATES, 3–4 COLLABORATES, weight the level, since the round's last day; an existing tie of the same ends and type takes the new weight. Run it with dryRun (the default) first to see what it would do.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The round's id.")
            .Argument<NonNullGraphType<SurveyApplyScopeEnumType>>("scope", "CONFIRMED pairs only (the default) or ALL reported pairs.", a => a.DefaultValue = SurveyApplyScope.Confirmed)
            .Argument<NonNullGraphType<BooleanGraphType>>("dryRun", "Answer what it would do, writing nothing.", a => a.DefaultValue = true)
            .Argument<NonNullGraphType<BooleanGraphType>>("snapshot", "Keep the network as applied as a snapshot named after the round, to compare rounds over time.", a => a.DefaultValue = false)
            .ResolveAsync(async context => await surveys.ApplyAsync(
                context.GetArgument<string>("id"), context.GetArgument<SurveyApplyScope>("scope"), context.GetArgument<bool>("dryRun"),
                context.GetArgument<bool>("snapshot"), context.Caller().Name, context.CancellationToken))
            .Access(FieldAccess.Backbone);

        mutation.Field<NonNullGraphType<SurveyResponseType>>("saveSurveyResponse")
            .Description("Saves a survey link's answers, replacing what was saved: a draft, or with submit the answers that count. They can be changed until the round closes; a draft saved after submitting counts once submitted again. Only a survey link saves.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<PartnerAnswerInputType>>>>("answers", "One answer per partner chosen.")
            .Argument<StringGraphType>("openAnswer", "The answer to the round's open question (at most 4,000 characters).")
            .Argument<NonNullGraphType<BooleanGraphType>>("submit", "Submit (true) or keep as a draft (false, the default).", a => a.DefaultValue = false)
            .Resolve(context => surveys.Save(
                context.Caller(), context.GetArgument<List<PartnerAnswer>>("answers"), context.GetArgument<string?>("openAnswer"), context.GetArgument<bool>("submit")))
            .Access(FieldAccess.SurveyForm);
    }
}
