using CollectiveImpact.Graph.Api.GraphQL.Http;

namespace CollectiveImpact.Graph.Api.Tests.GraphQL.Http;

/// <summary>What the log may carry of a request: bounded, string literals left out.</summary>
public sealed class RequestExcerptTests
{
    [Fact]
    public void For_ShortQuery_IsItsTokensWithTheOperationName()
    {
        Assert.Equal("operation Goals: query Goals { goals ( first : 5 ) { totalCount } }",
            RequestExcerpt.For("Goals", "query Goals {\n  goals(first: 5) { totalCount }\n}"));
    }

    [Fact]
    public void For_NoOperationName_SaysAnonymous()
    {
        Assert.Equal("operation (anonymous): { networkVersion }", RequestExcerpt.For(null, "{ networkVersion }"));
    }

    [Fact]
    public void For_StringLiteralsAndComments_LeavesTheirContentOut()
    {
        var excerpt = RequestExcerpt.For(null, "# key cig_secret\n{ node(id: \"jane@example.org\") { id } a: node(id: \"\"\"block\"\"\") { id } }");

        Assert.DoesNotContain("jane", excerpt, StringComparison.Ordinal);
        Assert.DoesNotContain("cig_secret", excerpt, StringComparison.Ordinal);
        Assert.DoesNotContain("block", excerpt, StringComparison.Ordinal);
        Assert.Contains("node ( id : \"…\" )", excerpt, StringComparison.Ordinal);
    }

    [Fact]
    public void For_HugeQuery_IsCutAndSaysHowLongItWas()
    {
        var query = "{ " + string.Concat(Enumerable.Repeat("networkVersion ", 100_000)) + "}";

        var excerpt = RequestExcerpt.For(null, query);

        Assert.InRange(excerpt.Length, RequestExcerpt.MaxLength, RequestExcerpt.MaxLength + 100);
        Assert.EndsWith($"({query.Length} characters in all)", excerpt, StringComparison.Ordinal);
    }

    [Fact]
    public void For_TextThatIsNotGraphQL_StopsWhereTheLexerStops()
    {
        var excerpt = RequestExcerpt.For(null, "{ a ~ password=hunter2 }");

        Assert.Equal("operation (anonymous): { a (not GraphQL after this)", excerpt);
    }

    [Fact]
    public void For_HugeOperationName_IsCut()
    {
        Assert.True(RequestExcerpt.For(new string('n', 10_000), "{ a }").Length < 150);
    }
}
