namespace CollectiveImpact.Graph.Api.Services.Imports;

/// <summary>"Did you mean …?": the candidate closest to a mistyped value, when one is close enough to be a typo.</summary>
public static class Suggestions
{
    /// <summary>
    /// The candidate nearest <paramref name="value"/> by edit distance (Levenshtein, ignoring case), when that distance
    /// is at most a third of the value's length (and at least 1, at most 3); the first of equals wins. Null when none is
    /// that close, or when the value is a candidate.
    /// </summary>
    public static string? Closest(string value, IEnumerable<string> candidates)
    {
        var text = value.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        var limit = Math.Clamp(text.Length / 3, 1, 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (Math.Abs(candidate.Length - text.Length) > limit)
            {
                continue;
            }

            var distance = Distance(text, candidate, limit);
            if (distance == 0 && candidate == text)
            {
                return null;
            }

            if (distance <= limit && distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best;
    }

    /// <summary>
    /// The optimal string alignment distance ignoring case (Levenshtein, with two swapped neighbours counted as one edit,
    /// as in "Nmae"); anything past <paramref name="limit"/> is reported as limit + 1.
    /// </summary>
    internal static int Distance(string a, string b, int limit)
    {
        var before = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = Same(a[i - 1], b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && Same(a[i - 1], b[j - 2]) && Same(a[i - 2], b[j - 1]))
                {
                    current[j] = Math.Min(current[j], before[j - 2] + 1);
                }

                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            (before, previous, current) = (previous, current, before);
        }

        return previous[b.Length];
    }

    private static bool Same(char a, char b) => char.ToUpperInvariant(a) == char.ToUpperInvariant(b);
}
