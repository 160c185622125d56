using BenchmarkDotNet.Running;
using CollectiveImpact.Graph.Benchmarks;

// Five modes: `--export-graphs DIR` writes the benchmark graphs for the igraph comparison; `--time-import [ROUNDS]` times
// an import of the 20,000-organization document step by step; `--time-once MEASURE
// GRAPH OUT.json` times one call too long for a benchmark loop; `--time-betweenness-kernels GRAPH SOURCES [ROUNDS]` times
// exact betweenness's kernels on a fixed sample of sources; anything else goes to BenchmarkDotNet (e.g.
// `--filter *`, `--list flat`). See benchmarks/README.md.
if (args is ["--export-graphs", var directory])
{
    GraphExport.Write(directory, Console.Out);
    return 0;
}

if (args is ["--time-once", var measure, var graphName, var outPath])
{
    return SingleCall.Run(measure, graphName, outPath, Console.Out);
}

if (args is ["--time-betweenness-kernels", var kernelGraph, var sampleText, .. var rest]
    && int.TryParse(sampleText, out var sampleSources) && sampleSources > 0)
{
    return BetweennessKernelSample.Run(kernelGraph, sampleSources, rest is [var r] && int.TryParse(r, out var rounds) && rounds > 0 ? rounds : 3, Console.Out);
}

if (args is ["--time-import", .. var importRest])
{
    return ImportTiming.Run(importRest is [var r] && int.TryParse(r, out var importRounds) && importRounds > 0 ? importRounds : 3, Console.Out);
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(BenchmarkGraphs).Assembly).Run(args, BenchmarkConfig.Create());
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
