namespace CollectiveImpact.Graph.Store.Validation;

/// <summary>
/// The places in a document the reader could not read (missing, mistyped or malformed values), which it filled
/// with placeholders to keep entries index-aligned with the document. The validator stays silent about anything
/// under these paths: the reader has already named the problem, and a second, derived complaint ("unknown
/// reference ''") would only bury it.
/// </summary>
internal sealed class DocumentGaps
{
    private readonly HashSet<string> paths = new(StringComparer.Ordinal);

    public bool IsEmpty => paths.Count == 0;

    public void Add(string path) => paths.Add(path);

    /// <summary>True when <paramref name="path"/> or any path above it (its field, its entry) was unreadable.</summary>
    public bool Covers(string path)
    {
        if (paths.Count == 0)
        {
            return false;
        }

        var span = path.AsSpan();
        while (span.Length > 1)
        {
            if (paths.GetAlternateLookup<ReadOnlySpan<char>>().Contains(span))
            {
                return true;
            }

            var cut = span.LastIndexOfAny('.', '[');
            if (cut <= 0)
            {
                break;
            }

            span = span[..cut];
        }

        return false;
    }
}
