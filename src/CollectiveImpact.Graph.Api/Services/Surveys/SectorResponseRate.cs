using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Api.Services.Surveys;

/// <summary>The response rate among the invited organizations of one sector (null sector: not set, or no longer in the network).</summary>
public sealed record SectorResponseRate(Sector? Sector, int Invited, int Submitted)
{
    public double Rate => Invited == 0 ? 0 : (double)Submitted / Invited;
}
