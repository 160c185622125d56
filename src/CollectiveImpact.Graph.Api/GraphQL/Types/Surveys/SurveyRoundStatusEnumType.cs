using CollectiveImpact.Graph.Api.Services.Surveys;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Surveys;

/// <summary>Where a survey round stands today.</summary>
public sealed class SurveyRoundStatusEnumType : EnumerationGraphType<SurveyRoundStatus>
{
    public SurveyRoundStatusEnumType()
    {
        Name = "SurveyRoundStatus";
        Description = "Where a survey round stands. SCHEDULED: its opening date is ahead. OPEN: taking answers. CLOSED: past its closing date or closed; results are final and the links no longer work. APPLIED: closed, and its relationships were written to the network as ties.";
    }
}
