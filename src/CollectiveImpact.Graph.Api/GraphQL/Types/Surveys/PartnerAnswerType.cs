using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Store.Surveys;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Surveys;

/// <summary>One organization's answer about one partner.</summary>
public sealed class PartnerAnswerType : ObjectGraphType<PartnerAnswer>
{
    public PartnerAnswerType()
    {
        Name = "SurveyPartnerAnswer";
        Description = "One organization's answer about one other invited partner. Scores go from 1 to 4; those about a partner it does not work with are null.";
        Field(x => x.Partner, type: typeof(NonNullGraphType<IdGraphType>)).Description("The partner answered about (an organization id).").Access(FieldAccess.SurveyAnswers);
        Field(x => x.WorksTogether).Description("Whether the two work together.").Access(FieldAccess.SurveyAnswers);
        Field(x => x.Frequency, type: typeof(ContactFrequencyEnumType)).Description("How often they are in touch.").Access(FieldAccess.SurveyAnswers);
        Field(x => x.Level, nullable: true).Description("The level of working together: 1 awareness, 2 cooperative, 3 coordinated, 4 integrated.").Access(FieldAccess.SurveyAnswers);
        Field(x => x.Reliable, nullable: true).Description("Trust: how reliable the partner is (1–4).").Access(FieldAccess.SurveyAnswers);
        Field(x => x.SupportsMission, nullable: true).Description("Trust: how much it supports the shared mission (1–4).").Access(FieldAccess.SurveyAnswers);
        Field(x => x.OpenToDiscussion, nullable: true).Description("Trust: how open it is to discussion (1–4).").Access(FieldAccess.SurveyAnswers);
        Field(x => x.Influence, nullable: true).Description("Value: its power and influence in the community (1–4).").Access(FieldAccess.SurveyAnswers);
        Field(x => x.Involvement, nullable: true).Description("Value: its level of involvement (1–4).").Access(FieldAccess.SurveyAnswers);
        Field(x => x.Resources, nullable: true).Description("Value: the resources it contributes (1–4).").Access(FieldAccess.SurveyAnswers);
        Field(x => x.Achieved, nullable: true).Description("What the collaboration has achieved, in the respondent's words. Never shown to dashboards.").Access(FieldAccess.SurveyAnswers);
    }
}
