namespace CollectiveImpact.Graph.Api.Tests.Infrastructure;

/// <summary>The real host with some settings of a test's own (a test disposes it).</summary>
public sealed class ConfiguredApiFactory(IReadOnlyDictionary<string, string?> settings, string environment = "Development") : ApiFactory
{
    protected override string Environment => environment;

    protected override IReadOnlyDictionary<string, string?> Settings => settings;
}
