using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Types.Enums;
using CollectiveImpact.Graph.Api.Services.Surveys;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Surveys;

/// <summary>Another invited partner, as the form lists it.</summary>
public sealed class SurveyPartnerType : ObjectGraphType<SurveyPartner>
{
    public SurveyPartnerType()
    {
        Name = "SurveyPartner";
        Description = "Another invited partner: its id, name and sector, nothing else.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("Its organization id.").Access(FieldAccess.SurveyForm);
        Field(x => x.Name).Description("Its name.").Access(FieldAccess.SurveyForm);
        Field(x => x.Sector, type: typeof(SectorEnumType)).Description("Its sector, when known.").Access(FieldAccess.SurveyForm);
    }
}
