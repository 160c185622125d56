using CollectiveImpact.Graph.Api.Caching;
using CollectiveImpact.Graph.Api.GraphQL.Limits;
using Microsoft.Extensions.Options;

namespace CollectiveImpact.Graph.Api.GraphQL.Documents;

/// <summary>
/// Parsed documents by their exact query text, so a query sent again (a dashboard's, a cached analysis's) is neither
/// tokenized, parsed, measured nor — when <see cref="CachingDocumentValidator"/> may reuse an outcome — validated again.
/// Bounded by <see cref="RequestLimits.DocumentCacheEntries"/> and <see cref="RequestLimits.DocumentCacheBytes"/>
/// (<see cref="BoundedCache{TKey, TValue}"/>: least recently used out first). A singleton.
/// </summary>
/// <remarks>
/// Keyed by the text itself (hashed by the dictionary, compared in full), so two texts never share an entry. Only a
/// document that was within every <see cref="RequestLimits"/> bound and passed validation once is added
/// (<see cref="PreExecutionLimits"/>), so junk cannot push out the queries clients repeat; the limits are read at
/// start and never change while the process runs, so a cached document stays within them.
/// </remarks>
public sealed class DocumentCache(IOptions<RequestLimits> limitOptions)
{
    private readonly BoundedCache<string, CachedDocument> entries =
        new(() => limitOptions.Value.DocumentCacheEntries, () => limitOptions.Value.DocumentCacheBytes, StringComparer.Ordinal);

    /// <summary>How many documents are held.</summary>
    public int Count => entries.Count;

    /// <summary>What they hold, estimated (<see cref="CachedDocument.Bytes"/>).</summary>
    public long Bytes => entries.Bytes;

    public bool TryGet(string query, out CachedDocument document)
    {
        ArgumentNullException.ThrowIfNull(query);
        return entries.TryGet(query, out document);
    }

    /// <summary>Adds <paramref name="document"/> unless the cache is off or the entry alone is over a quarter of the bytes.</summary>
    public bool Add(CachedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return entries.Set(document.Query, document, document.Bytes);
    }
}
