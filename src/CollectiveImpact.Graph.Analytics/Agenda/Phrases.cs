using System.Globalization;

namespace CollectiveImpact.Graph.Analytics.Agenda;

/// <summary>The few phrasing helpers the analyses' sentences share, so every finding names things the same way.</summary>
internal static class Phrases
{
    /// <summary>"'A'", "'A' and 'B'", "'A', 'B' and 'C'", or "'A', 'B', 'C' and 4 more" past <paramref name="max"/>.</summary>
    public static string Names(IEnumerable<string> names, int max = 3)
    {
        var quoted = names.Select(n => $"'{n}'").ToList();
        if (quoted.Count > max)
        {
            return $"{string.Join(", ", quoted.Take(max))} and {quoted.Count - max} more";
        }

        return quoted.Count switch
        {
            0 => string.Empty,
            1 => quoted[0],
            _ => $"{string.Join(", ", quoted.Take(quoted.Count - 1))} and {quoted[^1]}",
        };
    }

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"one step", "two steps", …, "12 steps".</summary>
    public static string Steps(int steps)
    {
        string[] words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
        var count = steps < words.Length ? words[steps] : steps.ToString(CultureInfo.InvariantCulture);
        return steps == 1 ? $"{count} step" : $"{count} steps";
    }
}
