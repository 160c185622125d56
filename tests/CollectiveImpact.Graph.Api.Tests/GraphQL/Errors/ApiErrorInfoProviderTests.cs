using CollectiveImpact.Graph.Api.GraphQL.Errors;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace CollectiveImpact.Graph.Api.Tests.GraphQL.Errors;

/// <summary>Unexpected exceptions: masked as INTERNAL in Production, detailed in Development, logged in both.</summary>
public sealed class ApiErrorInfoProviderTests(ProductionApiFactory production) : IClassFixture<ProductionApiFactory>, IDisposable
{
    private const string Secret = "connection string Password=hunter2";

    [Fact]
    public async Task UnexpectedException_InProduction_IsMaskedAsInternalAndLogged()
    {
        production.Store.FailListGoals = new InvalidOperationException(Secret);

        var response = await production.GraphQL().PostAsync("{ networkVersion goals { totalCount } }");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.Status);
        Assert.Equal(["INTERNAL"], response.ErrorCodes);
        Assert.Equal(ApiErrorInfoProvider.MaskedMessage, response.Errors[0].GetProperty("message").GetString());
        Assert.DoesNotContain("hunter2", response.Body.ToString(), StringComparison.Ordinal);
        Assert.Equal(["goals"], response.Errors[0].GetProperty("path").EnumerateArray().Select(p => p.GetString()));
        Assert.True(response.Data.GetProperty("networkVersion").GetInt64() >= 1);
        Assert.Contains(production.Logs.Entries, e => e.Level == LogLevel.Error && e.Exception?.Message == Secret);
    }

    [Fact]
    public async Task UnexpectedException_InDevelopment_CarriesTheDetails()
    {
        using var development = new InstrumentedApiFactory();
        development.Store.FailListGoals = new InvalidOperationException(Secret);

        var response = await development.GraphQL().PostAsync("{ goals { totalCount } }");

        Assert.Equal(["INTERNAL"], response.ErrorCodes);
        Assert.Equal(ApiErrorInfoProvider.MaskedMessage, response.Errors[0].GetProperty("message").GetString());
        Assert.Contains(Secret, response.Errors[0].Path("extensions.details").GetString(), StringComparison.Ordinal);
    }

    public void Dispose() => production.Store.Reset();
}
