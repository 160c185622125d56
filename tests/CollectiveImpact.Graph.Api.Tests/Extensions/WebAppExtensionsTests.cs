using System.Net;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;

namespace CollectiveImpact.Graph.Api.Tests.Extensions;

/// <summary>
/// The web front end served from wwwroot (built from web/ by the API's build, see docs/web.md): the map at /,
/// GraphiQL at /graphiql, the report at /report, their bundles, and /graphql still answering beside them.
/// </summary>
public sealed class WebAppExtensionsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Root_BuiltFrontEnd_ServesTheMapPage()
    {
        using var response = await factory.CreateClient().GetAsync("/");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<script type=\"module\" src=\"map.js\"></script>", body);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task GraphiQL_BuiltFrontEnd_ServesTheWorkbenchPage()
    {
        using var response = await factory.CreateClient().GetAsync("/graphiql");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("src=\"graphiql.js\"", body);
    }

    [Fact]
    public async Task Report_BuiltFrontEnd_ServesTheReportPage()
    {
        using var response = await factory.CreateClient().GetAsync("/report?asOf=2025-06-30");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("src=\"report.js\"", body);
    }

    [Fact]
    public async Task Report_TrailingSlash_RedirectsToThePage()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/report/");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/report", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task GraphiQL_TrailingSlash_RedirectsToThePage()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/graphiql/");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/graphiql", response.Headers.Location?.ToString());
    }

    [Theory]
    [InlineData("/map.js", "text/javascript")]
    [InlineData("/map.css", "text/css")]
    [InlineData("/graphiql.js", "text/javascript")]
    [InlineData("/graphiql.css", "text/css")]
    [InlineData("/report.js", "text/javascript")]
    [InlineData("/report.css", "text/css")]
    public async Task Bundle_BuiltFrontEnd_IsServedWithItsType(string path, string mediaType)
    {
        using var response = await factory.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Content.Headers.ContentLength > 1000);
    }

    [Fact]
    public async Task Schema_BuiltFrontEnd_ServesTheCommittedSdl()
    {
        using var response = await factory.CreateClient().GetAsync("/schema.graphql");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "schema.graphql")), body);
    }

    [Fact]
    public async Task GraphQL_BesideTheFrontEnd_StillAnswers()
    {
        var data = await factory.GraphQL().DataAsync("{ networkVersion }");

        Assert.Equal(1, data.GetProperty("networkVersion").GetInt64());
    }

    [Fact]
    public async Task Root_FrontEndNotBuilt_SaysHowToBuildIt()
    {
        using var unbuilt = new UnbuiltFrontEndFactory();

        using var response = await unbuilt.CreateClient().GetAsync("/");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("npm ci && npm run build", body);
    }

    /// <summary>
    /// The service with an empty web root, as where it was built without npm. In Production, because Development
    /// also serves the project's wwwroot through the static web assets manifest, whatever the web root.
    /// </summary>
    private sealed class UnbuiltFrontEndFactory : ApiFactory
    {
        private readonly string webRoot = Directory.CreateTempSubdirectory("ci-graph-empty-wwwroot").FullName;

        protected override string Environment => "Production";

        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["webroot"] = webRoot };

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (Directory.Exists(webRoot))
            {
                Directory.Delete(webRoot, recursive: true);
            }
        }
    }
}
