using System.Text.Encodings.Web;
using CollectiveImpact.Graph.Api.GraphQL;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Documents;
using CollectiveImpact.Graph.Api.GraphQL.Errors;
using CollectiveImpact.Graph.Api.GraphQL.Http;
using CollectiveImpact.Graph.Api.GraphQL.Limits;
using CollectiveImpact.Graph.Api.GraphQL.Loaders;
using CollectiveImpact.Graph.Api.GraphQL.Pagination;
using CollectiveImpact.Graph.Api.GraphQL.Types;
using GraphQL;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using Microsoft.Extensions.Options;

namespace CollectiveImpact.Graph.Api.Extensions;

/// <summary>The GraphQL schema (a singleton), the request-scoped loaders, and the <c>/graphql</c> endpoint.</summary>
public static class GraphQLExtensions
{
    public const string EndpointPath = "/graphql";

    public static IHostApplicationBuilder AddGraphQLApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddGraphQL(graphql => graphql
            .AddSchema<NetworkSchema>()
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddGraphTypes(typeof(NetworkSchema).Assembly)
            .AddValidationRule<AnalysisFieldLimitRule>()
            .ConfigureExecution<RefusalLogFilter>()
            .AddErrorInfoProvider<ApiErrorInfoProvider>()
            .AddSchemaVisitor<PagingArgumentsDescriber>()
            .AddSchemaVisitor<ConnectionFieldsClassifier>()
            .UseMiddleware<FieldAccessMiddleware>()
            .UseMiddleware<AuditMiddleware>()
            .UseMiddleware<PageSizeMiddleware>()
            .AddValidationRule<FieldAccessRule>()
            .AddValidationRule<ValidationDeadlineRule>()
            .ConfigureExecution<PreExecutionLimits>()
            .AddComplexityAnalyzer((options, services) =>
            {
                var paging = services.GetRequiredService<IOptions<PagingOptions>>().Value;
                QueryCost.Configure(options, services.GetRequiredService<IOptions<RequestLimits>>().Value, paging.DefaultPageSize, paging.MaxPageSize);
            })
            .ConfigureExecutionOptions(options =>
            {
                // Introspection is on by default in every environment: only authenticated callers reach execution, the
                // SDL is published at /schema.graphql anyway, and GraphQL tooling (and graphql-http's MUST audits)
                // expect it. Limits:Introspection=false turns it off.
                if (!options.RequestServices!.GetRequiredService<IOptions<RequestLimits>>().Value.Introspection)
                {
                    options.ValidationRules = (options.ValidationRules ?? DocumentValidator.CoreRules).Append(NoIntrospectionValidationRule.Instance);
                }
            }));
        // Parsed documents by their text, and a validator that reuses an outcome only where it cannot differ (see both).
        builder.Services.AddSingleton<DocumentCache>();
        builder.Services.AddSingleton<ResponseCache>();
        builder.Services.AddOptions<ResponseCacheOptions>().BindConfiguration(ResponseCacheOptions.Section)
            .Validate(o => !o.Problems().Any(), "GraphQL:ResponseCache:MaxEntries and MaxBytes must not be negative.")
            .ValidateOnStart();
        builder.Services.AddSingleton<IDocumentValidator>(_ => new CachingDocumentValidator(new DocumentValidator()));
        builder.Services.AddTransient(typeof(MutationPayloadType<,>));
        builder.Services.AddScoped<NetworkLoaders>();
        builder.Services.AddSingleton<GraphQLHttpEndpoint>();
        builder.Services.AddOptions<PagingOptions>().BindConfiguration(PagingOptions.Section)
            .Validate(o => o.DefaultPageSize > 0 && o.MaxPageSize >= o.DefaultPageSize, "GraphQL:Paging needs 0 < DefaultPageSize <= MaxPageSize.")
            .ValidateOnStart();
        return builder;
    }

    /// <summary>GET (queries only) and POST on <see cref="EndpointPath"/>; other methods get 405 from routing.</summary>
    public static IEndpointConventionBuilder MapGraphQLEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapMethods(EndpointPath, [HttpMethods.Get, HttpMethods.Post],
                (HttpContext http, GraphQLHttpEndpoint endpoint) => endpoint.HandleAsync(http))
            .WithName("GraphQL")
            .RequireRateLimiting(AccessExtensions.RateLimitPolicy);
}
