namespace CollectiveImpact.Graph.Api.Tests.Infrastructure;

/// <summary>The instrumented host in the Production environment, where exception details must not leak.</summary>
public sealed class ProductionApiFactory : InstrumentedApiFactory
{
    protected override string Environment => "Production";
}
