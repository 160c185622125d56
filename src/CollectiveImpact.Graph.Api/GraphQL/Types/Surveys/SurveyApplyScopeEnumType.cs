using CollectiveImpact.Graph.Api.Services.Surveys;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Surveys;

/// <summary>Which reported relationships become ties when a round is applied.</summary>
public sealed class SurveyApplyScopeEnumType : EnumerationGraphType<SurveyApplyScope>
{
    public SurveyApplyScopeEnumType()
    {
        Name = "SurveyApplyScope";
        Description = "CONFIRMED: only pairs both sides reported. ALL: every reported pair, one-sided and unconfirmed ones too.";
    }
}
