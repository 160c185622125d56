namespace CollectiveImpact.Graph.Analytics.Centrality;

/// <summary>
/// A seeded uniform sample of distinct node indices, for sampled betweenness. The generator is SplitMix64 (Steele,
/// Lea and Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014, doi:10.1145/2714064.2660195),
/// written out here rather than <see cref="Random"/> because .NET does not promise that a seeded
/// <see cref="Random"/> yields the same sequence across runtime versions, and a stated seed must reproduce the
/// same sample forever.
/// </summary>
internal static class SourceSample
{
    /// <summary><paramref name="size"/> distinct indices from 0..<paramref name="count"/>-1, ascending.</summary>
    public static int[] Draw(int count, int size, int seed)
    {
        // Partial Fisher-Yates: the first `size` slots end up a uniform sample without replacement.
        var pool = new int[count];
        for (var i = 0; i < count; i++)
        {
            pool[i] = i;
        }

        var state = unchecked((ulong)seed);
        for (var i = 0; i < size; i++)
        {
            var j = i + (int)Below((ulong)(count - i), ref state);
            (pool[i], pool[j]) = (pool[j], pool[i]);
        }

        var sample = pool[..size];
        Array.Sort(sample);
        return sample;
    }

    /// <summary>A uniform integer in [0, bound), by rejection so no value is favoured.</summary>
    private static ulong Below(ulong bound, ref ulong state)
    {
        var limit = ulong.MaxValue - (ulong.MaxValue % bound);
        ulong value;
        do
        {
            value = Next(ref state);
        }
        while (value >= limit);
        return value % bound;
    }

    private static ulong Next(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
