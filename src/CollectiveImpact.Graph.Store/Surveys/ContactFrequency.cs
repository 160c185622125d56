namespace CollectiveImpact.Graph.Store.Surveys;

/// <summary>How often two partners are in touch, as a survey answer gives it (spelled DAILY … YEARLY in the document).</summary>
public enum ContactFrequency
{
    Daily,
    Weekly,
    Monthly,
    Quarterly,
    Yearly,
}
