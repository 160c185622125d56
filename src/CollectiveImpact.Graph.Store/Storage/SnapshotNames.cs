using System.Globalization;

namespace CollectiveImpact.Graph.Store.Storage;

/// <summary>
/// What a snapshot may be called: 1 to <see cref="MaxLength"/> characters of letters, digits, spaces and
/// <c>- _ . , : ' ( ) # &amp; /</c>, starting with a letter or digit, no leading or trailing space. Short, printable
/// and free of quotes and control characters, so a name reads the same in a list, a log line and a sentence such
/// as "Since 'Baseline 2024': …". Unique ignoring case, so "baseline 2024" cannot stand beside "Baseline 2024".
/// </summary>
public static class SnapshotNames
{
    public const int MaxLength = 80;

    private const string Punctuation = "-_.,:'()#&/";

    /// <summary>Why <paramref name="name"/> cannot name a snapshot, or null when it can.</summary>
    public static string? Problem(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "A snapshot's name must not be empty.";
        }

        if (name.Length > MaxLength)
        {
            return $"A snapshot's name has at most {MaxLength} characters; '{name[..20]}…' has {name.Length}.";
        }

        if (!char.IsLetterOrDigit(name[0]))
        {
            return $"A snapshot's name starts with a letter or digit; '{Printable(name)}' starts with '{Printable(name[..1])}'.";
        }

        if (name[^1] == ' ')
        {
            return $"A snapshot's name does not end with a space: '{name}'.";
        }

        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!char.IsLetterOrDigit(c) && c != ' ' && !Punctuation.Contains(c, StringComparison.Ordinal))
            {
                return $"A snapshot's name holds letters, digits, spaces and {string.Join(' ', Punctuation.ToCharArray())} only; " +
                    $"'{Printable(name)}' has {Describe(c)} at position {i + 1}.";
            }
        }

        return null;
    }

    /// <summary>The key names are unique by: the name in upper case (invariant culture).</summary>
    public static string Key(string name) => name.ToUpperInvariant();

    private static string Describe(char c) =>
        char.IsControl(c) || char.IsWhiteSpace(c)
            ? $"the character U+{((int)c).ToString("X4", CultureInfo.InvariantCulture)}"
            : $"'{c}'";

    private static string Printable(string text) =>
        string.Concat(text.Select(c => char.IsControl(c) ? '?' : c));
}
