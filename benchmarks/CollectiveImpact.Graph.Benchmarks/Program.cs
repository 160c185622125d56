using BenchmarkDotNet.Running;
using CollectiveImpact.Graph.Benchmarks;

// Two modes: `--export-graphs DIR` writes the benchmark graphs for the igraph comparison; anything else goes to
// BenchmarkDotNet (e.g. `--filter *`, `--list flat`). See benchmarks/README.md.
if (args is ["--export-graphs", var directory])
{
    GraphExport.Write(directory, Console.Out);
    return 0;
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(BenchmarkGraphs).Assembly).Run(args, BenchmarkConfig.Create());
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
