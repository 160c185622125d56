using System.Globalization;

namespace CollectiveImpact.Graph.Analytics.Projections;

/// <summary>
/// A 128-bit digest of some content (a projection, a part of a network, several of them combined): equal content gives
/// equal fingerprints, and different content a different one with overwhelming probability (the first 128 bits of
/// SHA-256, see <see cref="ContentHasher"/>). What cache keys carry instead of a network version, so a write that does
/// not change what a result read leaves the result reachable.
/// </summary>
public readonly record struct ContentFingerprint(UInt128 Value)
{
    /// <summary>32 lowercase hex digits.</summary>
    public override string ToString() => Value.ToString("x32", CultureInfo.InvariantCulture);
}
