using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters.Json;

namespace CollectiveImpact.Graph.Benchmarks;

/// <summary>
/// What every run reports: time and allocation per operation (the memory diagnoser), exported as full JSON for
/// benchmarks/report.py, CSV, and GitHub Markdown. The jobs (how many iterations) are set per class, so the
/// multi-second measures run fewer iterations than the microsecond ones.
/// </summary>
public static class BenchmarkConfig
{
    public static IConfig Create() =>
        DefaultConfig.Instance
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddExporter(JsonExporter.Full)
            .WithOptions(ConfigOptions.JoinSummary);
}
