using System.Collections.Concurrent;

namespace CollectiveImpact.Graph.Analytics.Agenda;

/// <summary>
/// Intermediate results the collective impact analyses share (the agenda index, seeded Louvain communities, the
/// reinforcement counts, the ORGANIZATIONS projection's component and distance totals), computed once per network
/// version by whichever analysis asks first and reused by the others.
/// </summary>
/// <remarks>
/// <para><b>Lifetime.</b> A memo belongs to one network version and must live exactly as long as that version's
/// projections: the API keeps one on its <c>ProjectedNetwork</c>, so a new version starts with an empty memo and
/// never sees an old one. Everything in it is immutable once made.</para>
/// <para><b>Threads.</b> Safe for concurrent use: two analyses asking for the same part at once compute it once, the
/// second waiting. A computation that throws (cancelled, for instance) is not kept: the next caller computes it again,
/// and a caller that was only waiting on somebody else's cancelled computation computes it itself.</para>
/// <para><b>Memory.</b> Only what is small next to the network is kept (an index of the network, a label per
/// organization, a few numbers); never a list of pairs.</para>
/// </remarks>
public sealed class AnalysisMemo
{
    private readonly ConcurrentDictionary<string, Lazy<object>> parts = new(StringComparer.Ordinal);

    /// <summary>How many parts have been computed and kept.</summary>
    public int Count => parts.Count(p => p.Value.IsValueCreated);

    /// <summary>Whether the part named <paramref name="key"/> has been computed and kept.</summary>
    public bool Holds(string key) => parts.TryGetValue(key, out var part) && part.IsValueCreated;

    /// <summary>The part named <paramref name="key"/>, computing it with <paramref name="compute"/> when nobody has.</summary>
    /// <param name="key">Names the part and every parameter it depends on (e.g. <c>communities:seed=42</c>).</param>
    /// <param name="compute">Computes it; called at most once at a time per key.</param>
    /// <param name="cancellationToken">The caller's token: looked at before waiting again for a part whose computation
    /// was cancelled by somebody else.</param>
    internal T GetOrAdd<T>(string key, Func<T> compute, CancellationToken cancellationToken)
        where T : class
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var mine = new Lazy<object>(() => compute(), LazyThreadSafetyMode.ExecutionAndPublication);
            var part = parts.GetOrAdd(key, mine);
            try
            {
                return (T)part.Value;
            }
            catch (Exception)
            {
                // A failed part is dropped, so it is never served; whoever made it sees its own exception.
                parts.TryRemove(new KeyValuePair<string, Lazy<object>>(key, part));
                if (ReferenceEquals(part, mine))
                {
                    throw;
                }
            }
        }
    }

    /// <summary>As <see cref="GetOrAdd{T}"/> when <paramref name="memo"/> is given; otherwise just computes.</summary>
    internal static T Use<T>(AnalysisMemo? memo, string key, Func<T> compute, CancellationToken cancellationToken)
        where T : class =>
        memo is null ? compute() : memo.GetOrAdd(key, compute, cancellationToken);
}
