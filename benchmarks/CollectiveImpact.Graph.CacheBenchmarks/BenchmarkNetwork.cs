using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Generation;

namespace CollectiveImpact.Graph.CacheBenchmarks;

/// <summary>The network every cache measurement runs on: issue 5 asks for 20,000 organizations; seed 1 makes it reproducible.</summary>
public static class BenchmarkNetwork
{
    public const int Organizations = 20_000;

    public const int Seed = 1;

    public static Network Generate(int organizations = Organizations) =>
        NetworkGenerator.Generate(new NetworkGeneratorOptions { Organizations = organizations, Seed = Seed });
}
