using Microsoft.Extensions.Options;

namespace CollectiveImpact.Graph.Api.Auth;

/// <summary>
/// First start: when the key file has never held a key, creates one local backbone key and prints it once, so that a
/// new user can query at once. The secret goes to the console only, never to the log (logs are shipped, kept and read
/// by others); the log says that a key was made, and its id. It is made only once the server listens
/// (<see cref="IHostApplicationLifetime.ApplicationStarted"/>): a start that fails, a port in use say, must not make a
/// key whose secret scrolled away above the error. Later starts print nothing (the secret is not kept); more keys come
/// from <c>keys create</c> or the <c>createApiKey</c> mutation.
/// </summary>
public sealed class AdminKeyBootstrapper : IHostedService, IDisposable
{
    public const string KeyName = "Local admin (created on first start)";

    private readonly ApiKeyStore keys;
    private readonly IOptions<AuthOptions> options;
    private readonly IHostApplicationLifetime lifetime;
    private readonly ILogger<AdminKeyBootstrapper> logger;
    private readonly TextWriter console;
    private CancellationTokenRegistration started;

    public AdminKeyBootstrapper(ApiKeyStore keys, IOptions<AuthOptions> options, IHostApplicationLifetime lifetime, ILogger<AdminKeyBootstrapper> logger)
        : this(keys, options, lifetime, logger, Console.Out)
    {
    }

    /// <summary>For tests: the console is this writer.</summary>
    internal AdminKeyBootstrapper(
        ApiKeyStore keys, IOptions<AuthOptions> options, IHostApplicationLifetime lifetime, ILogger<AdminKeyBootstrapper> logger, TextWriter console)
    {
        this.keys = keys;
        this.options = options;
        this.lifetime = lifetime;
        this.logger = logger;
        this.console = console;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Mode == AuthMode.Required && options.Value.CreateAdminKeyOnFirstStart && !keys.Any())
        {
            started = lifetime.ApplicationStarted.Register(CreateAndPrint);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => started.Dispose();

    private void CreateAndPrint()
    {
        // Another process (keys create) may have made the first key while this one was starting.
        if (keys.Any())
        {
            return;
        }

        var created = keys.Create(Roles.Backbone, KeyName, null);
        console.WriteLine($"""

            ==== First start: created a backbone API key ({created.Key.Id}). It is shown ONCE, here only; keep it. ====
            {created.Secret}
            Send it as 'Authorization: Bearer <key>' or 'X-Api-Key: <key>'. Revoke it with 'keys revoke {created.Key.Id}'.
            Lost it? Make another (the service may keep running): dotnet run --project src/CollectiveImpact.Graph.Api -- keys create --role backbone --name "<who holds it>"

            """);
        console.Flush();
        logger.LogWarning("First start: created backbone API key {KeyId}; its secret was printed once, on the console only.", created.Key.Id);
    }
}
