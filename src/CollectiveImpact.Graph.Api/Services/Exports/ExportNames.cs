namespace CollectiveImpact.Graph.Api.Services.Exports;

/// <summary>Enum values in exported files spelled as the API spells them: PageRank → PAGE_RANK, SharesData → SHARES_DATA.</summary>
public static class ExportNames
{
    public static string Constant<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));
}
