using CollectiveImpact.Graph.Store.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CollectiveImpact.Graph.Api.Tests.Infrastructure;

/// <summary>
/// The real host whose <see cref="INetworkStore"/> is wrapped in an <see cref="InstrumentedNetworkStore"/>, and whose
/// logs are captured in <see cref="Logs"/>.
/// </summary>
public class InstrumentedApiFactory : ApiFactory
{
    public InstrumentedNetworkStore Store => Services.GetRequiredService<InstrumentedNetworkStore>();

    public CapturedLogs Logs { get; } = new();

    /// <summary>
    /// The N+1 tests send a deliberately deep query (organizations → activities → partners, 100 each), whose
    /// worst-case item count (about 400,000) is above the default cost limit; store calls are under test here, not limits.
    /// </summary>
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Limits:MaxComplexity"] = "2000000",
    };

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        var real = services.Last(d => d.ServiceType == typeof(INetworkStore));
        services.Remove(real);
        services.AddSingleton(provider => new InstrumentedNetworkStore(Resolve(real, provider)));
        services.AddSingleton<INetworkStore>(provider => provider.GetRequiredService<InstrumentedNetworkStore>());
        services.AddSingleton<ILoggerProvider>(Logs);
    }

    private static INetworkStore Resolve(ServiceDescriptor descriptor, IServiceProvider provider) =>
        descriptor.ImplementationInstance as INetworkStore
        ?? (INetworkStore?)descriptor.ImplementationFactory?.Invoke(provider)
        ?? (INetworkStore)ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!);
}
