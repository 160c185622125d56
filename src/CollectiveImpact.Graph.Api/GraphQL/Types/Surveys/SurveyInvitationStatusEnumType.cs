using CollectiveImpact.Graph.Api.Services.Surveys;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Surveys;

/// <summary>How far an invited organization is with its answers.</summary>
public sealed class SurveyInvitationStatusEnumType : EnumerationGraphType<SurveyInvitationStatus>
{
    public SurveyInvitationStatusEnumType()
    {
        Name = "SurveyInvitationStatus";
        Description = "How far an invited organization is. NOT_STARTED: nothing saved. DRAFT: saved but not submitted (does not count yet). SUBMITTED: counts (it may still change its answers until the round closes).";
    }
}
