namespace CollectiveImpact.Graph.Api.Services.Surveys;

/// <summary>Who has answered a round so far: counts, the response rate (submitted ÷ invited), and the same by sector.</summary>
public sealed record SurveyProgress(int Invited, int Submitted, int Drafts, IReadOnlyList<SectorResponseRate> BySector)
{
    public double ResponseRate => Invited == 0 ? 0 : (double)Submitted / Invited;
}
