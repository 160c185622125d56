using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Caching.Hybrid;

namespace CollectiveImpact.Graph.Api.Caching;

/// <summary>
/// Serializes cached analysis results for Redis with System.Text.Json, for any result record.
/// </summary>
/// <remarks>
/// HybridCache's built-in JSON serializer would do for most records, but its options reject NaN and infinities, which
/// analyses legitimately produce (a closeness of an isolated node, a non-converged score), and a result that cannot be
/// serialized is silently never shared between replicas. These options write them as JSON strings ("NaN"), and lists
/// of activity pairs as tables (<see cref="ActivityPairListConverter"/>). Only
/// <see cref="CachedAnalysis{T}"/> is claimed, so other HybridCache users in the process keep their own serializers.
/// </remarks>
internal sealed class AnalysisSerializerFactory : IHybridCacheSerializerFactory
{
    internal static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter(), new ActivityPairListConverter() },
    };

    public bool TryCreateSerializer<T>([NotNullWhen(true)] out IHybridCacheSerializer<T>? serializer)
    {
        if (typeof(T).IsGenericType && typeof(T).GetGenericTypeDefinition() == typeof(CachedAnalysis<>))
        {
            serializer = new JsonSerializer<T>();
            return true;
        }

        serializer = null;
        return false;
    }

    private sealed class JsonSerializer<T> : IHybridCacheSerializer<T>
    {
        public T Deserialize(ReadOnlySequence<byte> source)
        {
            var reader = new Utf8JsonReader(source);
            return JsonSerializer.Deserialize<T>(ref reader, Options)
                ?? throw new JsonException($"A cached {typeof(T).Name} read back from Redis is null.");
        }

        public void Serialize(T value, IBufferWriter<byte> target)
        {
            using var writer = new Utf8JsonWriter(target);
            JsonSerializer.Serialize(writer, value, Options);
        }
    }
}
