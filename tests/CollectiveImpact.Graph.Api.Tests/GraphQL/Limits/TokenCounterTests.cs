using CollectiveImpact.Graph.Api.GraphQL.Limits;

namespace CollectiveImpact.Graph.Api.Tests.GraphQL.Limits;

/// <summary>Token counts worked out by hand: names, punctuators and values are one token each; comments and commas none.</summary>
public sealed class TokenCounterTests
{
    [Theory]
    [InlineData("{ a b }", 4)]
    [InlineData("query($v: Int) { a(x: \"str\") }", 15)]
    [InlineData("# a comment\n{ a, b }", 5)]
    [InlineData("{ ...F }", 4)]
    [InlineData("", 0)]
    public void Count_Text_CountsItsTokens(string text, int expected)
    {
        Assert.Equal(expected, TokenCounter.Count(text, stopAfter: 100));
    }

    [Fact]
    public void Count_MoreThanTheLimit_StopsOnePastIt()
    {
        Assert.Equal(4, TokenCounter.Count("{ a a a a a a a }", stopAfter: 3));
    }

    [Fact]
    public void Count_HugeString_IsOneToken()
    {
        Assert.Equal(8, TokenCounter.Count("{ a(x: \"" + new string('x', 100_000) + "\") }", stopAfter: 100));
    }

    [Fact]
    public void Count_TextTheLexerCannotRead_CountsUpToTheBadToken()
    {
        Assert.Equal(2, TokenCounter.Count("{ a ~ b }", stopAfter: 100));
    }

    [Fact]
    public void Count_CancelledToken_Throws()
    {
        var text = "{ " + string.Concat(Enumerable.Repeat("a ", 5000)) + "}";

        Assert.Throws<OperationCanceledException>(() => TokenCounter.Count(text, stopAfter: 10_000, new CancellationToken(canceled: true)));
    }
}
