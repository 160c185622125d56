using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Api.Services;

namespace CollectiveImpact.Graph.Api.Caching;

/// <summary>
/// The fingerprints of one network version, each computed once, on first use: of each projection
/// (<see cref="NetworkProjection.Fingerprint"/>) and of each <see cref="NetworkPart"/>, and of what one analysis
/// reads (<see cref="Of(AnalysisReads)"/>), the value its cache key carries.
/// </summary>
/// <remarks>
/// <para>A part is hashed field by field (<see cref="NetworkPartHasher"/>) with <see cref="ContentHasher"/>. Made from
/// the previous version's fingerprints, a part whose list the write did not touch (the same instance:
/// <see cref="Store.Validation.NetworkChangeApplier"/> keeps untouched lists) keeps its fingerprint without hashing
/// again; a projection carried over keeps its own (the same object). A part whose list changed is hashed again on
/// first use, and only then: an analysis's key never hashes a part it does not read.</para>
/// <para>Complexity: O(size of the part) per changed part, O(N + E) per projection built or updated.</para>
/// </remarks>
public sealed class NetworkFingerprints
{
    private readonly ProjectedNetwork network;
    private readonly Lazy<ContentFingerprint>[] parts;

    public NetworkFingerprints(ProjectedNetwork network, NetworkFingerprints? previous)
    {
        ArgumentNullException.ThrowIfNull(network);
        this.network = network;
        parts = new Lazy<ContentFingerprint>[Enum.GetValues<NetworkPart>().Length];
        for (var i = 0; i < parts.Length; i++)
        {
            var part = (NetworkPart)i;
            var content = NetworkPartHasher.SourceOf(network.Network, part);
            // The factory holds the part only, never the version: a fingerprint carried over unevaluated must not keep an
            // old snapshot and its projections alive.
            parts[i] = previous is not null && ReferenceEquals(NetworkPartHasher.SourceOf(previous.network.Network, part), content)
                ? previous.parts[i]
                : new Lazy<ContentFingerprint>(() => NetworkPartHasher.Hash(part, content), LazyThreadSafetyMode.ExecutionAndPublication);
        }
    }

    /// <summary>The fingerprint of one part of the network.</summary>
    public ContentFingerprint Of(NetworkPart part) => parts[(int)part].Value;

    /// <summary>
    /// The fingerprint of what <paramref name="reads"/> names: each projection's and each part's, combined in a fixed
    /// order. Builds the projections when not built yet: call it off the request thread unless <see cref="IsReady"/>.
    /// </summary>
    public ContentFingerprint Of(AnalysisReads reads)
    {
        ArgumentNullException.ThrowIfNull(reads);
        using var hasher = new ContentHasher();
        hasher.Add("reads-1");
        foreach (var kind in reads.Projections.Distinct().Order())
        {
            hasher.Add((int)kind).Add(network.Projections.Get(kind).Fingerprint);
        }

        foreach (var part in reads.Parts.Distinct().Order())
        {
            hasher.Add(100 + (int)part).Add(Of(part));
        }

        return hasher.Finish();
    }

    /// <summary>Whether <see cref="Of(AnalysisReads)"/> needs no projection built: cheap enough for a request thread.</summary>
    public bool IsReady(AnalysisReads reads)
    {
        ArgumentNullException.ThrowIfNull(reads);
        return reads.Projections.All(network.Projections.IsBuilt) && reads.Parts.All(p => parts[(int)p].IsValueCreated);
    }
}
