using CollectiveImpact.Graph.Analytics.Reinforcement;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;

namespace CollectiveImpact.Graph.Api.Tests.GraphQL.Types.Analyses;

/// <summary>
/// An unreinforced pair's sentence is written when its <c>message</c> is read, and only then: the cached result holds
/// none. Counted with <see cref="UnreinforcedPairSentence.Written"/>, a process-wide count, so this class runs alone.
/// </summary>
[Collection(nameof(UnreinforcedPairTypeTests))]
[CollectionDefinition(nameof(UnreinforcedPairTypeTests), DisableParallelization = true)]
public sealed class UnreinforcedPairTypeTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly GraphQLClient client = factory.GraphQL();

    [Fact]
    public async Task Message_OnePageOfPairs_WritesOnlyThatPagesSentences()
    {
        // Computed and cached first, without a message read: computing writes no sentence either.
        var beforeCompute = UnreinforcedPairSentence.Written;
        var counts = await client.DataAsync("{ reinforcement { goals { unreinforcedPairs(first: 1) { totalCount } } } }");
        var pairs = counts.Path("reinforcement.goals").EnumerateArray().Sum(g => g.Path("unreinforcedPairs.totalCount").GetInt32());
        Assert.Equal(beforeCompute, UnreinforcedPairSentence.Written);

        var before = UnreinforcedPairSentence.Written;
        var data = await client.DataAsync("{ reinforcement { goals { unreinforcedPairs(first: 2) { edges { node { message } } } } } }");
        var written = UnreinforcedPairSentence.Written - before;

        var messages = data.Path("reinforcement.goals").EnumerateArray()
            .SelectMany(g => g.Path("unreinforcedPairs.edges").EnumerateArray()).Select(e => e.Path("node.message").GetString()).ToList();
        Assert.True(pairs > messages.Count, $"The sample should have more unreinforced pairs ({pairs}) than one page of each goal ({messages.Count}).");
        Assert.All(messages, m => Assert.False(string.IsNullOrEmpty(m)));
        Assert.Equal(messages.Count, written);
    }
}
