namespace CollectiveImpact.Graph.Analytics.Brokerage;

/// <summary>A scored pair during the search, its ends ordered so <see cref="A"/>'s id is before <see cref="B"/>'s.</summary>
internal sealed class Candidate
{
    public Candidate(int a, int b, IReadOnlyList<string> ids, SharedCounts shared, double score)
    {
        (A, B) = string.CompareOrdinal(ids[a], ids[b]) < 0 ? (a, b) : (b, a);
        (IdA, IdB) = (ids[A], ids[B]);
        Shared = shared;
        Score = score;
    }

    /// <summary>Best first: higher score, then ids (ordinal) — the order recommendations are reported in.</summary>
    public static IComparer<Candidate> BestFirst { get; } = Comparer<Candidate>.Create((x, y) =>
    {
        var byScore = y.Score.CompareTo(x.Score);
        if (byScore != 0)
        {
            return byScore;
        }

        var byA = string.CompareOrdinal(x.IdA, y.IdA);
        return byA != 0 ? byA : string.CompareOrdinal(x.IdB, y.IdB);
    });

    public int A { get; }

    public int B { get; }

    public string IdA { get; }

    public string IdB { get; }

    public SharedCounts Shared { get; }

    public double Score { get; }
}
