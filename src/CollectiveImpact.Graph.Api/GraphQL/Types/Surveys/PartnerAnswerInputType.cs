using CollectiveImpact.Graph.Store.Surveys;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Surveys;

/// <summary>One answer about one partner, as the form sends it.</summary>
public sealed class PartnerAnswerInputType : InputObjectGraphType<PartnerAnswer>
{
    public PartnerAnswerInputType()
    {
        Name = "SurveyPartnerAnswerInput";
        Description = "One answer about one other invited partner. When worksTogether is false, leave the rest out. A submitted answer about a partner it works with gives frequency, level and all six scores (1–4); achieved is optional.";
        Field(x => x.Partner, type: typeof(NonNullGraphType<IdGraphType>)).Description("The partner (an organization id from the form's partners).");
        Field(x => x.WorksTogether).Description("Whether the two work together.");
        Field(x => x.Frequency, type: typeof(ContactFrequencyEnumType)).Description("How often they are in touch.");
        Field(x => x.Level, nullable: true).Description("1 awareness, 2 cooperative, 3 coordinated, 4 integrated.");
        Field(x => x.Reliable, nullable: true).Description("Trust: reliable (1–4).");
        Field(x => x.SupportsMission, nullable: true).Description("Trust: supports the shared mission (1–4).");
        Field(x => x.OpenToDiscussion, nullable: true).Description("Trust: open to discussion (1–4).");
        Field(x => x.Influence, nullable: true).Description("Value: power and influence (1–4).");
        Field(x => x.Involvement, nullable: true).Description("Value: level of involvement (1–4).");
        Field(x => x.Resources, nullable: true).Description("Value: resources contributed (1–4).");
        Field(x => x.Achieved, nullable: true).Description("What the collaboration has achieved (at most 2,000 characters).");
    }
}
