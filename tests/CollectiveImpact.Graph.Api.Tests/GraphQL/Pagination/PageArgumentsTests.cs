using System.Text.Json;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;

namespace CollectiveImpact.Graph.Api.Tests.GraphQL.Pagination;

/// <summary>
/// Paging through the API: walks over whole lists, the default and maximum page sizes (appsettings.json:
/// GraphQL:Paging, 25 and 1,000), and the errors for arguments out of range. Totals come from the sample file.
/// </summary>
public sealed class PageArgumentsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly GraphQLClient client = factory.GraphQL();

    [Fact]
    public async Task Organizations_WalkedTenAtATime_YieldEveryOrganizationOnceInIdOrder()
    {
        var seen = await WalkAsync("organizations", "id", 10);

        Assert.Equal(SampleDocument.Organizations.Ids(), seen);
    }

    [Fact]
    public async Task Ties_WalkedAHundredAtATime_YieldEveryTieOnce()
    {
        var seen = await WalkAsync("ties", "type from { id } to { id }", 100);

        Assert.Equal(SampleDocument.Ties.Count, seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Fact]
    public async Task People_NoFirst_ReturnTheDefaultPageSize()
    {
        var data = await client.DataAsync("{ people { edges { node { id } } pageInfo { hasNextPage } } }");

        Assert.Equal(25, data.Path("people.edges").GetArrayLength());
        Assert.True(data.Path("people.pageInfo.hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task People_FirstAtTheMaximum_IsAccepted()
    {
        var data = await client.DataAsync("{ people(first: 1000) { edges { cursor } pageInfo { hasNextPage } } }");

        Assert.Equal(SampleDocument.People.Count, data.Path("people.edges").GetArrayLength());
        Assert.False(data.Path("people.pageInfo.hasNextPage").GetBoolean());
    }

    [Theory]
    [InlineData("{ people(first: 1001) { totalCount } }", "1000")]
    [InlineData("{ people(first: -1) { totalCount } }", "-1")]
    [InlineData("{ goals { edges { node { indicators(first: 5000) { totalCount } } } } }", "5000")]
    public async Task First_OutOfRange_FailsWithInvalidArgumentNamingTheLimit(string query, string mentioned)
    {
        var response = await client.PostAsync(query);

        Assert.Contains("INVALID_ARGUMENT", response.ErrorCodes);
        Assert.Contains(mentioned, response.Errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_NotACursor_FailsWithInvalidArgument()
    {
        var response = await client.PostAsync("{ organizations(after: \"###\") { totalCount } }");

        Assert.Equal(["INVALID_ARGUMENT"], response.ErrorCodes);
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("organizations").ValueKind);
    }

    [Fact]
    public async Task FirstZero_ReturnsNoEdgesButTheTotal()
    {
        var data = await client.DataAsync("{ activities(first: 0) { totalCount edges { cursor } pageInfo { hasNextPage endCursor } } }");

        Assert.Equal(0, data.Path("activities.edges").GetArrayLength());
        Assert.Equal(SampleDocument.Activities.Count, data.Path("activities.totalCount").GetInt32());
        Assert.True(data.Path("activities.pageInfo.hasNextPage").GetBoolean());
    }

    private async Task<List<string>> WalkAsync(string field, string selection, int pageSize)
    {
        var seen = new List<string>();
        string? after = null;
        for (var page = 0; page < 1000; page++)
        {
            var data = await client.DataAsync(
                $"query($after: String) {{ {field}(first: {pageSize}, after: $after) {{ totalCount edges {{ cursor node {{ {selection} }} }} pageInfo {{ hasNextPage endCursor }} }} }}",
                new { after });
            var connection = data.GetProperty(field);
            var edges = connection.GetProperty("edges").EnumerateArray().ToList();
            Assert.True(edges.Count <= pageSize);
            seen.AddRange(edges.Select(e => e.GetProperty("node").TryGetProperty("id", out var id) ? id.GetString()! : e.GetProperty("node").ToString()));
            if (!connection.Path("pageInfo.hasNextPage").GetBoolean())
            {
                return seen;
            }

            Assert.Equal(edges[^1].GetProperty("cursor").GetString(), connection.Path("pageInfo.endCursor").GetString());
            after = connection.Path("pageInfo.endCursor").GetString();
        }

        throw new InvalidOperationException($"{field} did not end within 1000 pages.");
    }
}
