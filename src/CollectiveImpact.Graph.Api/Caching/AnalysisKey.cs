using System.Collections;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CollectiveImpact.Graph.Analytics.Projections;

namespace CollectiveImpact.Graph.Api.Caching;

/// <summary>
/// The one place cache keys are built: an analysis name, its parameters in canonical form, and either the fingerprint
/// of what the analysis read or the network version.
/// </summary>
/// <remarks>
/// <para>The fingerprint (<see cref="NetworkFingerprints.Of(AnalysisReads)"/>: the projections and network parts the
/// analysis reads, <see cref="AnalysisReads"/>) is what makes the cache never stale while surviving unrelated writes:
/// a write that changes what a result read changes the fingerprint, so the next read builds a key no replica has seen
/// yet; a write that does not (a goal's description, for a centrality) leaves the key, and the cached result, as they
/// were. No invalidation message to lose; old entries simply expire. An analysis with no declared reads is keyed by
/// the network version instead, which every write bumps.</para>
/// <para><see cref="NetworkVersion"/> is the version the key was built at; it is not part of a fingerprinted key's
/// value (results say the version they were computed at, see <c>ComputedAnalysis</c>).</para>
/// <para>Canonical form: parameters are sorted by name (so the order they were given in does not matter), values are
/// written invariantly (numbers round-trip, enums by name, dates ISO 8601, <c>null</c> as <c>~</c>), strings are
/// percent-escaped so no value can imitate a separator, and a collection is treated as a set (sorted, duplicates
/// dropped). A parameter list longer than <see cref="MaximumReadableParameterLength"/> characters is replaced by its
/// SHA-256, keeping keys short enough for HybridCache and Redis.</para>
/// <para>Format: <c>{analysis}:f{fingerprint}:{name=value&amp;...}</c> (32 hex digits), for example
/// <c>centrality:f3b0c4…:normalized=true&amp;projection=Organizations</c>, or <c>{analysis}:v{version}:…</c> when keyed
/// by version. Redis keys add the deployment prefix in front
/// (see <see cref="CacheKeyspace"/>).</para>
/// </remarks>
public sealed class AnalysisKey : IEquatable<AnalysisKey>
{
    /// <summary>Parameter lists longer than this are hashed.</summary>
    public const int MaximumReadableParameterLength = 256;

    private readonly SortedDictionary<string, string> parameters;
    private string? value;

    private AnalysisKey(string analysis, long networkVersion, ContentFingerprint? reads, SortedDictionary<string, string> parameters)
    {
        Analysis = analysis;
        NetworkVersion = networkVersion;
        Reads = reads;
        this.parameters = parameters;
    }

    /// <summary>The analysis name, as used in metrics and the per-request cache record.</summary>
    public string Analysis { get; }

    /// <summary>The network version the key was built at.</summary>
    public long NetworkVersion { get; }

    /// <summary>The fingerprint of what the analysis read, when the key is by fingerprint; null when keyed by version.</summary>
    public ContentFingerprint? Reads { get; }

    /// <summary>The parameters in canonical form, sorted by name.</summary>
    public IReadOnlyDictionary<string, string> Parameters => parameters;

    /// <summary>The key string: equal for equal analyses, versions and parameters, whatever the parameter order.</summary>
    public string Value => value ??= Render();

    /// <summary>A key for <paramref name="analysis"/> at <paramref name="networkVersion"/> with no parameters yet.</summary>
    /// <exception cref="ArgumentException">The analysis name is empty or has characters other than letters, digits, '_', '-' and '.'.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The version is negative.</exception>
    public static AnalysisKey For(string analysis, long networkVersion)
    {
        RequireName(analysis, nameof(analysis), "analysis name");
        ArgumentOutOfRangeException.ThrowIfNegative(networkVersion);
        return new AnalysisKey(analysis, networkVersion, reads: null, new SortedDictionary<string, string>(StringComparer.Ordinal));
    }

    /// <summary>
    /// A key for <paramref name="analysis"/> by the fingerprint of what it read (<paramref name="reads"/>), built at
    /// <paramref name="networkVersion"/>, with these parameters: equal at every version where what it read is the same.
    /// </summary>
    public static AnalysisKey For(string analysis, long networkVersion, ContentFingerprint reads, IEnumerable<KeyValuePair<string, object?>> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        RequireName(analysis, nameof(analysis), "analysis name");
        ArgumentOutOfRangeException.ThrowIfNegative(networkVersion);
        var key = new AnalysisKey(analysis, networkVersion, reads, new SortedDictionary<string, string>(StringComparer.Ordinal));
        foreach (var (name, parameterValue) in parameters)
        {
            key.Add(name, parameterValue);
        }

        return key;
    }

    /// <summary>A key for <paramref name="analysis"/> at <paramref name="networkVersion"/> with these parameters.</summary>
    public static AnalysisKey For(string analysis, long networkVersion, IEnumerable<KeyValuePair<string, object?>> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var key = For(analysis, networkVersion);
        foreach (var (name, parameterValue) in parameters)
        {
            key.Add(name, parameterValue);
        }

        return key;
    }

    /// <summary>This key with one more parameter.</summary>
    /// <exception cref="ArgumentException">
    /// The name is invalid or already used, or the value is not of a kind analyses use: strings, ints, doubles,
    /// booleans, enums, <see cref="DateOnly"/>, null, and collections of them.
    /// </exception>
    public AnalysisKey With(string name, object? parameterValue)
    {
        var copy = new AnalysisKey(Analysis, NetworkVersion, Reads, new SortedDictionary<string, string>(parameters, StringComparer.Ordinal));
        copy.Add(name, parameterValue);
        return copy;
    }

    public bool Equals(AnalysisKey? other) => other is not null && string.Equals(Value, other.Value, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as AnalysisKey);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    public override string ToString() => Value;

    private void Add(string name, object? parameterValue)
    {
        RequireName(name, nameof(name), "parameter name");
        if (!parameters.TryAdd(name, Canonical(name, parameterValue)))
        {
            throw new ArgumentException($"The parameter '{name}' of analysis '{Analysis}' is given twice.", nameof(name));
        }
    }

    private string Render()
    {
        var list = string.Join('&', parameters.Select(p => p.Key + "=" + p.Value));
        if (list.Length > MaximumReadableParameterLength)
        {
            list = "sha256-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(list)));
        }

        return Reads is { } reads
            ? string.Create(CultureInfo.InvariantCulture, $"{Analysis}:f{reads}:{list}")
            : string.Create(CultureInfo.InvariantCulture, $"{Analysis}:v{NetworkVersion}:{list}");
    }

    // Only the kinds of value the analyses' KeyParameters give (Services/Analyses): a new kind is added here on purpose,
    // with its canonical form, rather than slipping in through a catch-all.
    private static string Canonical(string name, object? parameterValue) => parameterValue switch
    {
        null => "~",
        string text => Escape(text),
        bool flag => flag ? "true" : "false",
        int number => number.ToString(CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        Enum member => Escape(member.ToString()),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IEnumerable items => "[" + string.Join(',', items.Cast<object?>()
            .Select(item => item is IEnumerable and not string
                ? throw new ArgumentException($"The parameter '{name}' is a collection of collections, which has no canonical form.", nameof(parameterValue))
                : Canonical(name, item))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)) + "]",
        _ => throw new ArgumentException(
            $"The parameter '{name}' is a {parameterValue.GetType().Name}, which has no canonical form; pass a string, int, double, " +
            "boolean, enum, DateOnly or a collection of them.",
            nameof(parameterValue)),
    };

    // Escaping '~' too keeps "~" (null) distinct from the string "~"; EscapeDataString leaves it alone.
    private static string Escape(string text) => Uri.EscapeDataString(text).Replace("~", "%7E", StringComparison.Ordinal);

    private static void RequireName(string name, string parameterName, string what)
    {
        if (string.IsNullOrEmpty(name))
        {
            throw new ArgumentException($"The {what} is empty.", parameterName);
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.'))
            {
                throw new ArgumentException(
                    $"The {what} '{name}' has the character '{c}'; only letters, digits, '_', '-' and '.' are allowed.", parameterName);
            }
        }
    }
}
