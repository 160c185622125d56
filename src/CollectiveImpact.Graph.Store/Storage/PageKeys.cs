using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Store.Storage;

/// <summary>Keyset keys for items that are not identified by one id.</summary>
public static class PageKeys
{
    // U+001F (unit separator) cannot appear in a sensible id, and sorts below every printable character,
    // so ordinal order of the joined key is the order of (from, to, type).
    private const char Separator = '\u001f';

    public static string OfTie(TieKey key) => string.Join(Separator, key.From, key.To, key.Type.ToString());

    public static TieKey ParseTie(string key)
    {
        var parts = key.Split(Separator);
        if (parts.Length != 3 || !Enum.TryParse<TieType>(parts[2], out var type))
        {
            throw new ArgumentOutOfRangeException(nameof(key), "Not a tie page key.");
        }

        return new TieKey(parts[0], parts[1], type);
    }
}
