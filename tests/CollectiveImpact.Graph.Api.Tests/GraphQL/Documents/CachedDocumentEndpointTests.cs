using System.Net;
using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Api.GraphQL.Documents;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CollectiveImpact.Graph.Api.Tests.GraphQL.Documents;

/// <summary>
/// A document taken from the cache is checked as if it were new wherever the outcome can differ: the caller's role,
/// the variables (the complexity limit reads <c>first</c>), and the transport (GET runs queries only).
/// </summary>
public sealed class CachedDocumentEndpointTests(CachedDocumentEndpointTests.LowComplexityApiFactory factory)
    : IClassFixture<CachedDocumentEndpointTests.LowComplexityApiFactory>
{
    [Fact]
    public async Task Post_BackboneQueryCached_DashboardStillForbidden()
    {
        const string query = "{ apiKeys { id role } }";
        var backbone = await factory.GraphQL().PostAsync(query);
        Assert.Empty(backbone.Errors);
        Assert.True(Cache.TryGet(query, out var cached));

        var dashboard = await factory.GraphQLAs(factory.CreateKey(Roles.Dashboard, "cached-document dashboard")).PostAsync(query);
        var again = await factory.GraphQLAs(factory.CreateKey(Roles.Dashboard, "cached-document dashboard 2")).PostAsync(query);

        Assert.Equal(HttpStatusCode.Forbidden, dashboard.Status);
        Assert.NotEmpty(dashboard.ErrorCodes);
        Assert.All(dashboard.ErrorCodes, code => Assert.Equal("FORBIDDEN", code));
        Assert.False(dashboard.HasData);
        Assert.Equal(HttpStatusCode.Forbidden, again.Status);
        Assert.True(Cache.TryGet(query, out var still));
        Assert.Same(cached, still);
    }

    [Fact]
    public async Task Post_SameRoleAgain_ReusesTheValidationButNotAcrossRoles()
    {
        const string query = "{ networkVersion initiative { name } }";
        var evaluator = factory.GraphQLAs(factory.CreateKey(Roles.Evaluator, "cached-document evaluator"));
        await evaluator.DataAsync(query);
        await evaluator.DataAsync(query);
        Assert.True(Cache.TryGet(query, out var cached));
        Assert.Equal(1, cached.ValidationCount);

        await factory.GraphQLAs(factory.CreateKey(Roles.Partner, "cached-document partner", "org-1")).PostAsync(query);

        Assert.Equal(2, cached.ValidationCount);
    }

    [Fact]
    public async Task Post_CachedDocumentWithVariables_ComplexityLimitReadsEachRequestsVariables()
    {
        const string query = "query($first: Int) { organizations(first: $first) { edges { node { id } } } }";
        var client = factory.GraphQL();
        var small = await client.PostAsync(query, new { first = 5 });
        Assert.Empty(small.Errors);
        Assert.True(Cache.TryGet(query, out var cached));

        var large = await client.PostAsync(query, new { first = 500 });

        Assert.Equal(["QUERY_TOO_COMPLEX"], large.ErrorCodes);
        Assert.Equal(0, cached.ValidationCount);
    }

    [Fact]
    public async Task Post_AnalysisWithoutVariables_IsValidatedEveryTimeBecauseItsCostReadsTheNetworkSize()
    {
        const string query = "{ indicatorProgress { networkVersion } }";
        var client = factory.GraphQL();
        await client.PostAsync(query);
        await client.PostAsync(query);

        Assert.True(Cache.TryGet(query, out var cached));
        Assert.Equal(0, cached.ValidationCount);
    }

    [Fact]
    public async Task Get_MutationWhoseTextWasCachedOverPost_StillReturns405()
    {
        const string mutation = "mutation { revokeApiKey(id: \"no-such-key\") { id } }";
        await factory.GraphQL().PostAsync(mutation);

        using var response = await factory.CreateClient().GetAsync("/graphql?query=" + Uri.EscapeDataString(mutation));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Post_LiteralsOverTheLimitOnce_AreNeverCached()
    {
        const string query = "{ organizations(first: 900) { edges { node { id } } } }";

        var response = await factory.GraphQL().PostAsync(query);

        Assert.Equal(["QUERY_TOO_COMPLEX"], response.ErrorCodes);
        Assert.False(Cache.TryGet(query, out _));
    }

    private DocumentCache Cache => factory.Services.GetRequiredService<DocumentCache>();

    /// <summary>A complexity limit of 100: five organizations pass, five hundred do not.</summary>
    public sealed class LowComplexityApiFactory : ApiFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
        {
            ["Limits:MaxComplexity"] = "100",
        };
    }
}
