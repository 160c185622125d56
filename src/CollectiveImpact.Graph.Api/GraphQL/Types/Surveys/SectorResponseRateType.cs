using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Types.Enums;
using CollectiveImpact.Graph.Api.Services.Surveys;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Surveys;

/// <summary>The response rate within one sector.</summary>
public sealed class SectorResponseRateType : ObjectGraphType<SectorResponseRate>
{
    public SectorResponseRateType()
    {
        Name = "SurveySectorResponseRate";
        Description = "The response rate among the invited organizations of one sector.";
        Field(x => x.Sector, type: typeof(SectorEnumType)).Description("The sector; null for organizations without one (or no longer in the network).").Access(FieldAccess.Survey);
        Field(x => x.Invited).Description("Invited organizations of the sector.").Access(FieldAccess.Survey);
        Field(x => x.Submitted).Description("Of those, how many submitted.").Access(FieldAccess.Survey);
        Field(x => x.Rate).Description("Submitted ÷ invited, 0–1.").Access(FieldAccess.Survey);
    }
}
