using Microsoft.AspNetCore.Rewrite;
using Microsoft.AspNetCore.StaticFiles;

namespace CollectiveImpact.Graph.Api.Extensions;

/// <summary>
/// The browser front end built from <c>web/</c> into <c>wwwroot/</c>: the network map at <c>/</c> and the GraphQL
/// workbench at <c>/graphiql</c>. Both are static files that talk to <c>/graphql</c> like any other client, so
/// they stay outside any authentication and ask for an API key themselves when the API wants one.
/// </summary>
public static class WebAppExtensions
{
    /// <summary>The page shown at <c>/</c> when the assets were never built (no npm where the service was built).</summary>
    internal const string NotBuiltMessage =
        "The web front end was not built. Run `npm ci && npm run build` in web/ (or build the API with npm on the PATH); " +
        "the GraphQL API at /graphql works without it.";

    public static WebApplication MapWebApp(this WebApplication app)
    {
        // /graphiql is a page, not a folder: its assets resolve against the root, so a trailing slash is redirected.
        app.UseRewriter(new RewriteOptions()
            .AddRedirect("^graphiql/$", "/graphiql")
            .AddRewrite("^graphiql$", "graphiql.html", skipRemainingRules: true)
            .AddRedirect("^report/$", "/report")
            .AddRewrite("^report$", "report.html", skipRemainingRules: true)
            .AddRedirect("^survey/$", "/survey")
            .AddRewrite("^survey$", "survey.html", skipRemainingRules: true)
            .AddRedirect("^surveys/$", "/surveys")
            .AddRewrite("^surveys$", "surveys.html", skipRemainingRules: true));

        var built = app.Environment.WebRootFileProvider.GetFileInfo("index.html").Exists;
        if (!built)
        {
            app.Logger.LogWarning("{WebRoot} has no index.html: {Message}", app.Environment.WebRootPath ?? "wwwroot", NotBuiltMessage);
            app.MapGet("/", () => Results.Text(NotBuiltMessage, "text/plain"));
            return app;
        }

        // schema.graphql (the committed SDL) is served beside the pages: introspection may be turned off (Limits:Introspection).
        var contentTypes = new FileExtensionContentTypeProvider();
        contentTypes.Mappings[".graphql"] = "text/plain; charset=utf-8";

        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions
        {
            ContentTypeProvider = contentTypes,
            // index.html and graphiql.html name their bundles without a content hash: revalidate instead of caching blindly.
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "no-cache",
        });
        return app;
    }
}
