using System.Reflection;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace CollectiveImpact.Graph.Api.Caching;

/// <summary>
/// The prefix in front of every Redis key this service writes: <c>{KeyPrefix}:{build}:</c>.
/// </summary>
/// <remarks>
/// The build part is a hash of this service's own assemblies' module version ids. Deterministic builds give the same
/// ids for the same source, so replicas of one build share entries, while a build whose analyses or result records
/// changed gets a keyspace of its own: during a rolling deployment an old replica's result (computed by old code, or
/// serialized in an old shape) is never read by a new one as if it were current.
/// </remarks>
internal sealed class CacheKeyspace(IOptions<CacheOptions> options)
{
    private static readonly Lazy<string> BuildTag = new(ComputeBuildTag);

    /// <summary>The prefix, ending in ':'.</summary>
    public string Prefix { get; } = $"{options.Value.KeyPrefix}:{BuildTag.Value}:";

    private static string ComputeBuildTag()
    {
        var own = typeof(CacheKeyspace).Assembly;
        var assemblies = own.GetReferencedAssemblies()
            .Where(name => name.Name?.StartsWith("CollectiveImpact.Graph", StringComparison.Ordinal) == true)
            .Select(Assembly.Load)
            .Append(own)
            .OrderBy(assembly => assembly.GetName().Name, StringComparer.Ordinal);
        var ids = assemblies.SelectMany(assembly => assembly.ManifestModule.ModuleVersionId.ToByteArray()).ToArray();
        return Convert.ToHexStringLower(SHA256.HashData(ids))[..12];
    }
}
