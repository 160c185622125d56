namespace CollectiveImpact.Graph.Store.Documents;

/// <summary>The shape of NetworkFormat's TryParseXxx methods, so the reader can take any of them.</summary>
internal delegate bool TryParse<TEnum>(string? name, out TEnum value);
