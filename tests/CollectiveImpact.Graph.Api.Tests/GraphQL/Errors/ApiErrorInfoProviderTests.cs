using CollectiveImpact.Graph.Api.GraphQL.Errors;
using CollectiveImpact.Graph.Api.Services.Errors;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;
using CollectiveImpact.Graph.Store.Validation;
using GraphQL.Execution;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;

namespace CollectiveImpact.Graph.Api.Tests.GraphQL.Errors;

/// <summary>
/// Unexpected exceptions: masked as INTERNAL in Production, detailed in Development, logged in both. A service's refusal
/// on purpose (a <see cref="ServiceProblem"/>, which GraphQL.NET wraps as it wraps any exception) keeps its message and
/// gets its own code, and is not logged as unexpected.
/// </summary>
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

    [Theory]
    [InlineData(nameof(ArgumentProblem), ErrorCodes.InvalidArgument)]
    [InlineData(nameof(NotFoundProblem), ErrorCodes.NotFound)]
    [InlineData(nameof(InvalidInputProblem), ErrorCodes.InvalidInput)]
    [InlineData(nameof(AnalysisDidNotConvergeProblem), ErrorCodes.AnalysisDidNotConverge)]
    public void GetInfo_ServiceProblemThrownInAResolver_HasItsCodeAndMessage(string kind, string code)
    {
        var problem = Problem(kind);
        var provider = new ApiErrorInfoProvider(new HostingEnvironment { EnvironmentName = Environments.Production });

        var info = provider.GetInfo(new UnhandledError("Error trying to resolve field 'x'.", problem));

        Assert.Equal(code, info.Extensions!["code"]);
        Assert.Equal(problem.Message, info.Message);
        Assert.False(info.Extensions.ContainsKey("details"));
    }

    [Fact]
    public void GetInfo_InvalidInputProblem_ListsItsProblemsAndCountsTheOmitted()
    {
        var provider = new ApiErrorInfoProvider(new HostingEnvironment { EnvironmentName = Environments.Production });
        var problem = new InvalidInputProblem("The change was refused.", [new ValidationProblem("$.goals[0].name", "REQUIRED", "A goal needs a name.")], 3);

        var info = provider.GetInfo(new UnhandledError("Error trying to resolve field 'x'.", problem));

        Assert.Equal(ErrorCodes.InvalidInput, info.Extensions!["code"]);
        var listed = Assert.Single(Assert.IsAssignableFrom<IEnumerable<Dictionary<string, object?>>>(info.Extensions["problems"]));
        Assert.Equal("$.goals[0].name", listed["path"]);
        Assert.Equal(3, info.Extensions["problemCount"]);
        Assert.Equal(2, info.Extensions["problemsOmitted"]);
    }

    [Fact]
    public async Task ServiceProblem_OverHttp_IsAnsweredWithItsCodeAndNotLoggedAsAnError()
    {
        var response = await production.GraphQL().PostAsync("{ neighborhood(id: \"no-such-node\") { depth } }");

        Assert.Equal(["NOT_FOUND"], response.ErrorCodes);
        Assert.Contains("no-such-node", response.Errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(production.Logs.Entries, e => e.Level >= LogLevel.Error && e.Exception is ServiceProblem);
    }

    private static ServiceProblem Problem(string kind) => kind switch
    {
        nameof(ArgumentProblem) => new ArgumentProblem("depth: must be between 0 and 3; got 9."),
        nameof(NotFoundProblem) => NotFoundProblem.Id("goal", "g-none"),
        nameof(InvalidInputProblem) => new InvalidInputProblem("The change was refused.", [], 0),
        _ => new AnalysisDidNotConvergeProblem("PageRank did not converge in 10 iterations."),
    };

    public void Dispose() => production.Store.Reset();
}
