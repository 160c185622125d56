using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CollectiveImpact.Graph.Api.Auth;

/// <summary>Readiness reports the access mode: Degraded, with the reason, while authentication is off.</summary>
public sealed class AuthHealthCheck(IOptions<AuthOptions> options) : IHealthCheck
{
    public const string NoAuthReason = "Authentication is OFF (Auth:Mode=None / --no-auth): every caller is a backbone user. Development only.";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(options.Value.Mode == AuthMode.None
            ? HealthCheckResult.Degraded(NoAuthReason)
            : HealthCheckResult.Healthy(options.Value.Jwt.Enabled ? "API keys and JWT bearer tokens required." : "API keys required."));
}
