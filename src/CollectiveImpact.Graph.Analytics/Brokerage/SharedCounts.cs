namespace CollectiveImpact.Graph.Analytics.Brokerage;

/// <summary>How many goals, indicators, populations and places two organizations share.</summary>
internal readonly record struct SharedCounts(int Goals, int Indicators, int Populations, int Places)
{
    public double Score(int? distance, bool differentCommunities) =>
        BrokerageRecommender.Score(Goals, Indicators, Populations, Places, distance, differentCommunities);
}
