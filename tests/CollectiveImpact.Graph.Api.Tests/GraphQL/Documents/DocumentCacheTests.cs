using CollectiveImpact.Graph.Api.GraphQL.Documents;
using CollectiveImpact.Graph.Api.GraphQL.Limits;
using GraphQLParser;
using Microsoft.Extensions.Options;

namespace CollectiveImpact.Graph.Api.Tests.GraphQL.Documents;

/// <summary>The document cache's bounds: entries, bytes, least recently used first out, and off at 0.</summary>
public sealed class DocumentCacheTests
{
    [Fact]
    public void Add_PastMaxEntries_KeepsAtMostMaxEntriesAndDropsTheLeastRecentlyUsed()
    {
        var cache = Cache(entries: 10, bytes: 1_000_000);
        var first = Document("{ a0 }", 100);
        cache.Add(first);
        for (var i = 1; i < 25; i++)
        {
            cache.Add(Document($"{{ a{i} }}", 100));
            // The first entry stays in use: it must never be the one dropped.
            Assert.True(cache.TryGet("{ a0 }", out _));
        }

        Assert.InRange(cache.Count, 1, 10);
        Assert.True(cache.TryGet("{ a0 }", out var kept));
        Assert.Same(first, kept);
        Assert.True(cache.TryGet("{ a24 }", out _));
        Assert.False(cache.TryGet("{ a1 }", out _));
    }

    [Fact]
    public void Add_PastMaxBytes_KeepsTheBytesUnderTheBound()
    {
        var cache = Cache(entries: 1_000, bytes: 1_000);
        for (var i = 0; i < 50; i++)
        {
            cache.Add(Document($"{{ b{i} }}", 100));
            Assert.InRange(cache.Bytes, 0, 1_000);
        }

        Assert.InRange(cache.Count, 1, 10);
        Assert.Equal(cache.Count * 100L, cache.Bytes);
    }

    [Fact]
    public void Add_EntryOverAQuarterOfTheBytes_IsNotKept()
    {
        var cache = Cache(entries: 1_000, bytes: 1_000);

        Assert.False(cache.Add(Document("{ big }", 251)));
        Assert.False(cache.TryGet("{ big }", out _));
        Assert.Equal(0, cache.Bytes);
    }

    [Fact]
    public void Add_WithZeroEntries_CachesNothing()
    {
        var cache = Cache(entries: 0, bytes: 1_000_000);

        Assert.False(cache.Add(Document("{ a }", 10)));
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void TryGet_OtherText_NeverSharesAnEntry()
    {
        var cache = Cache(entries: 10, bytes: 1_000_000);
        cache.Add(Document("{ a }", 10));

        Assert.False(cache.TryGet("{ a  }", out _));
        Assert.False(cache.TryGet("{ A }", out _));
    }

    [Fact]
    public void KeepValidation_PastMaxValidations_KeepsNoMore()
    {
        var document = Document("{ a }", 10);
        var operation = document.Document.Definitions.OfType<GraphQLParser.AST.GraphQLOperationDefinition>().Single();
        for (var i = 0; i < CachedDocument.MaxValidations + 5; i++)
        {
            document.KeepValidation(operation, $"role{i}", [typeof(object)], new global::GraphQL.Validation.ValidationResult(Array.Empty<global::GraphQL.Validation.ValidationError>()));
        }

        Assert.Equal(CachedDocument.MaxValidations, document.ValidationCount);
        Assert.Null(document.FindValidation(operation, $"role{CachedDocument.MaxValidations}", [typeof(object)]));
        Assert.NotNull(document.FindValidation(operation, "role0", [typeof(object)]));
        Assert.Null(document.FindValidation(operation, "role0", [typeof(string)]));
    }

    private static CachedDocument Document(string query, long bytes) => new(query, Parser.Parse(query), bytes);

    private static DocumentCache Cache(int entries, long bytes) =>
        new(Options.Create(new RequestLimits { DocumentCacheEntries = entries, DocumentCacheBytes = bytes }));
}
