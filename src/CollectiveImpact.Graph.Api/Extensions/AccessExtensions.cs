using System.Text;
using System.Text.Json;
using System.Threading.RateLimiting;
using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Api.GraphQL.Errors;
using CollectiveImpact.Graph.Api.GraphQL.Limits;
using CollectiveImpact.Graph.Api.Services.Reviews;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace CollectiveImpact.Graph.Api.Extensions;

/// <summary>
/// Who may call (API keys, JWT bearer tokens, or no-auth development mode), the audit log, and the per-caller rate
/// limit. docs/security.md is the user's guide to all of it.
/// </summary>
public static class AccessExtensions
{
    public const string RateLimitPolicy = "per-caller";

    public static IHostApplicationBuilder AddApiAccess(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section)
            .Validate(o => !o.Jwt.Enabled || !string.IsNullOrWhiteSpace(o.Jwt.Audience), "Auth:Jwt:Audience is required when JWT bearer tokens are enabled.")
            .Validate(o => o.Jwt.SigningKey is null || Encoding.UTF8.GetByteCount(o.Jwt.SigningKey) >= 32, "Auth:Jwt:SigningKey needs at least 32 bytes.")
            .ValidateOnStart();
        services.AddOptions<RequestLimits>().BindConfiguration(RequestLimits.Section)
            .Validate(o => !o.Problems().Any(), "The Limits section is invalid: every limit must be positive, and MaxImportRequestBytes >= MaxRequestBytes.")
            .ValidateOnStart();
        services.AddAccessFile();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<FindingReviewStore>();
        services.AddHostedService<AdminKeyBootstrapper>();
        services.AddHealthChecks().AddCheck<AuthHealthCheck>("auth", tags: [HealthExtensions.ReadyTag]);

        services.AddAuthentication(AuthSchemes.Selector)
            .AddPolicyScheme(AuthSchemes.Selector, "API key, JWT, or development", o => o.ForwardDefaultSelector = SelectScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(AuthSchemes.ApiKey, null)
            .AddScheme<AuthenticationSchemeOptions, DevelopmentAuthenticationHandler>(AuthSchemes.Development, null)
            .AddJwtBearer(AuthSchemes.Jwt);
        services.AddOptions<JwtBearerOptions>(AuthSchemes.Jwt).Configure<IOptions<AuthOptions>>((o, auth) => ConfigureJwt(o, auth.Value.Jwt));

        services.AddRateLimiter(o =>
        {
            o.AddPolicy(RateLimitPolicy, PartitionByCaller);
            o.OnRejected = WriteRateLimitedAsync;
        });
        services.Configure<KestrelServerOptions>(o =>
            o.Limits.MaxRequestBodySize = builder.Configuration.GetSection(RequestLimits.Section).Get<RequestLimits>()?.MaxImportRequestBytes
                ?? new RequestLimits().MaxImportRequestBytes);
        return builder;
    }

    /// <summary>
    /// The access layer's file and its keys, registered once whoever asks first: the service, and the command line's
    /// imports and exports (survey rounds and undo entries live in that file too).
    /// </summary>
    public static IServiceCollection AddAccessFile(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => new AuthDatabase(AuthOptions.ResolveKeysPath(provider.GetRequiredService<IConfiguration>())));
        services.TryAddSingleton<ApiKeyStore>();
        return services;
    }

    /// <summary>Authentication, then the rate limiter (which partitions by the authenticated caller).</summary>
    public static WebApplication UseApiAccess(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<AuthOptions>>().Value.Mode == AuthMode.None)
        {
            var banner = $"!!!! {AuthHealthCheck.NoAuthReason} /readyz reports Degraded. !!!!";
            Console.Error.WriteLine(banner);
            app.Logger.LogCritical("{Banner}", banner);
        }

        app.UseAuthentication();
        app.UseRateLimiter();
        return app;
    }

    private static string SelectScheme(HttpContext http)
    {
        var auth = http.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value;
        if (auth.Mode == AuthMode.None)
        {
            return AuthSchemes.Development;
        }

        // More than one credential goes to the key handler, which refuses it with the reason: never to the token handler,
        // which would pick one.
        var bearer = RequestCredentials.BearerToken(http.Request);
        return auth.Jwt.Enabled && RequestCredentials.Problem(http.Request) is null && RequestCredentials.ApiKey(http.Request) is null
            && bearer is not null && !bearer.StartsWith(ApiKeyStore.SecretPrefix, StringComparison.Ordinal)
            ? AuthSchemes.Jwt
            : AuthSchemes.ApiKey;
    }

    private static void ConfigureJwt(JwtBearerOptions options, JwtOptions jwt)
    {
        options.MapInboundClaims = false;
        options.Authority = string.IsNullOrWhiteSpace(jwt.Authority) ? null : jwt.Authority;
        options.RequireHttpsMetadata = jwt.RequireHttpsMetadata;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = !string.IsNullOrWhiteSpace(jwt.Issuer) || options.Authority is not null,
            ValidIssuer = string.IsNullOrWhiteSpace(jwt.Issuer) ? null : jwt.Issuer,
            ValidateAudience = true,
            ValidAudience = jwt.Audience,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            ClockSkew = TimeSpan.FromMinutes(1),
            ValidateIssuerSigningKey = true,
            IssuerSigningKey = string.IsNullOrWhiteSpace(jwt.SigningKey) ? null : new SymmetricSecurityKey(Encoding.UTF8.GetBytes(jwt.SigningKey)),
            NameClaimType = "sub",
            RoleClaimType = jwt.RoleClaim,
        };
        options.Events = new JwtBearerEvents { OnTokenValidated = context => JwtCallerMapping.OnTokenValidated(context, jwt) };
    }

    /// <summary>One token bucket per key or token subject; unauthenticated requests share one per IP address.</summary>
    private static RateLimitPartition<string> PartitionByCaller(HttpContext http)
    {
        var limits = http.RequestServices.GetRequiredService<IOptions<RequestLimits>>().Value;
        var key = Caller.From(http.User)?.PartitionKey ?? "ip:" + http.Connection.RemoteIpAddress;
        return RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = limits.RequestBurst,
            TokensPerPeriod = Math.Max(1, limits.RequestsPerMinute / 60),
            ReplenishmentPeriod = TimeSpan.FromSeconds(limits.RequestsPerMinute >= 60 ? 1 : 60.0 / limits.RequestsPerMinute),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    private static async ValueTask WriteRateLimitedAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var response = context.HttpContext.Response;
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 1;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            errors = new[]
            {
                new
                {
                    message = $"Too many requests from this caller (Limits:RequestsPerMinute); retry after {seconds} s.",
                    extensions = new { code = ErrorCodes.RateLimited },
                },
            },
        };
        await response.WriteAsync(JsonSerializer.Serialize(body), cancellationToken);
    }
}
