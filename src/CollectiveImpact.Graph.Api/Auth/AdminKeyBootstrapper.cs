using Microsoft.Extensions.Options;

namespace CollectiveImpact.Graph.Api.Auth;

/// <summary>
/// First start: when the key file has never held a key, creates one local backbone key and prints it once, to the
/// console and the log, so that a new user can query at once. Later starts print nothing (the secret is not kept);
/// more keys come from <c>keys create</c> or the <c>createApiKey</c> mutation.
/// </summary>
public sealed class AdminKeyBootstrapper(ApiKeyStore keys, IOptions<AuthOptions> options, ILogger<AdminKeyBootstrapper> logger) : IHostedService
{
    public const string KeyName = "Local admin (created on first start)";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Mode != AuthMode.Required || !options.Value.CreateAdminKeyOnFirstStart || keys.Any())
        {
            return Task.CompletedTask;
        }

        var created = keys.Create(Roles.Backbone, KeyName, null);
        var message = $"""

            ==== First start: created a backbone API key ({created.Key.Id}). It is shown ONCE; keep it. ====
            {created.Secret}
            Send it as 'Authorization: Bearer <key>' or 'X-Api-Key: <key>'. Revoke it with 'keys revoke {created.Key.Id}'.

            """;
        Console.WriteLine(message);
        logger.LogWarning("First start: created backbone API key {KeyId}: {Secret} (shown once; keep it)", created.Key.Id, created.Secret);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
