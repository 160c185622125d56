using CollectiveImpact.Graph.Api.Tests.Infrastructure;

namespace CollectiveImpact.Graph.Api.Tests.GraphQL.Loaders;

/// <summary>
/// N+1 safety, measured: the store calls a deep query makes (counted by <see cref="InstrumentedNetworkStore"/>) do
/// not grow with the number of parents on the page.
/// </summary>
public sealed class NetworkLoadersTests(InstrumentedApiFactory factory) : IClassFixture<InstrumentedApiFactory>
{
    private const string DeepQuery = """
        query($first: Int) { organizations(first: $first) { edges { node {
          name
          people(first: 100) { totalCount edges { node { name organization { name } ties(first: 10) { totalCount } } } }
          activities(first: 100) { edges { node { name lead { name } partners(first: 100) { edges { node { name } } }
            indicators { edges { node { name goal { name } progress { percentOfTheWay } } } } feedsInto { totalCount } } } }
          goals { edges { node { name } } }
          ties(first: 100) { edges { node { type from { id } to { id } } } }
        } } } }
        """;

    private readonly GraphQLClient client = factory.GraphQL();

    [Fact]
    public async Task DeepQuery_25Organizations_MakesAsManyStoreCallsAs5()
    {
        var fewCalls = await CountCallsAsync(5);
        var manyCalls = await CountCallsAsync(25);

        Assert.Equal(fewCalls, manyCalls);
        Assert.True(manyCalls.Values.Sum() <= 16, $"Expected a small constant number of store calls, got {Describe(manyCalls)}.");
        Assert.Equal(1, manyCalls["ListPeopleAsync"]);
        Assert.Equal(1, manyCalls["ListActivitiesAsync"]);
    }

    [Fact]
    public async Task NodeField_SameIdManyTimesInOneLevel_LoadsItOnce()
    {
        factory.Store.Reset();

        await client.DataAsync("{ people(first: 50) { edges { node { organization { id } } } } }");

        Assert.Equal(1, factory.Store.Calls["GetNodesAsync"]);
    }

    private async Task<Dictionary<string, int>> CountCallsAsync(int organizations)
    {
        factory.Store.Reset();
        var data = await client.DataAsync(DeepQuery, new { first = organizations });
        Assert.Equal(organizations, data.Path("organizations.edges").GetArrayLength());
        return factory.Store.Calls.ToDictionary();
    }

    private static string Describe(Dictionary<string, int> calls) => string.Join(", ", calls.Select(c => $"{c.Key}: {c.Value}"));
}
