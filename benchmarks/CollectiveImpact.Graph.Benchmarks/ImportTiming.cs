using System.Diagnostics;
using CollectiveImpact.Graph.Store.Documents;
using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Generation;
using CollectiveImpact.Graph.Store.Sqlite;
using CollectiveImpact.Graph.Store.Storage;

namespace CollectiveImpact.Graph.Benchmarks;

/// <summary>
/// <c>--time-import [ROUNDS]</c>: the 20,000-organization document (seed 1, nine people per organization, the
/// benchmark graphs' network) read, checked and written into an empty SQLite store in this process, ROUNDS times,
/// each into a fresh file. Prints per round the wall and CPU milliseconds of reading and checking
/// (<see cref="NetworkDocumentReader.ReadChange(ReadOnlyMemory{byte}, ChangeMode, Network, int)"/>) and of the whole
/// import, and the wall milliseconds of each write step over 20 ms (the store's step hook: "deletes" includes opening
/// the transaction and applying the change to the empty network in memory; "commit" includes the WAL checkpoint).
/// The API-level figure, with the request and a fresh process, is benchmarks/load/import-memory.sh.
/// </summary>
public static class ImportTiming
{
    public static int Run(int rounds, TextWriter log)
    {
        var network = NetworkGenerator.Generate(new NetworkGeneratorOptions
        {
            Seed = BenchmarkGraphs.Seed,
            Organizations = 20_000,
            PeoplePerOrganization = BenchmarkGraphs.PeoplePerOrganization,
        });
        var document = NetworkDocumentWriter.Write(network);
        var empty = new Network(null, [], [], [], [], [], [], []);
        log.WriteLine($"Import of the 20,000-organization document ({document.Length / 1e6:F1} MB; {network.Counts}) into an empty SQLite store, {rounds} rounds; load {File.ReadAllText("/proc/loadavg").Trim()}.");
        for (var round = 1; round <= rounds; round++)
        {
            var folder = Directory.CreateTempSubdirectory("cig-import-timing-");
            try
            {
                using var store = new SqliteNetworkStore(new SqliteStoreOptions { Path = Path.Combine(folder.FullName, "network.db") });
                store.InitializeAsync().GetAwaiter().GetResult();
                GC.Collect();
                var process = Process.GetCurrentProcess();
                var cpuStart = process.TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                var change = NetworkDocumentReader.ReadChange(document, ChangeMode.Replace, empty);
                var read = clock.Elapsed;
                process.Refresh();
                var readCpu = process.TotalProcessorTime - cpuStart;
                if (change.Change is null)
                {
                    log.WriteLine($"The generated document was refused: {change.Problems[0].Message}");
                    return 1;
                }

                var steps = new List<(string Name, TimeSpan At)>();
                store.AfterWriteStep = step => steps.Add((step, clock.Elapsed));
                store.WriteAsync(change.Change).GetAwaiter().GetResult();
                var total = clock.Elapsed;
                process.Refresh();
                var totalCpu = process.TotalProcessorTime - cpuStart;

                var previous = read;
                var parts = new List<string>();
                foreach (var (name, at) in steps)
                {
                    if ((at - previous).TotalMilliseconds >= 20)
                    {
                        parts.Add($"{name} {(at - previous).TotalMilliseconds:F0}");
                    }

                    previous = at;
                }

                parts.Add($"commit {(total - previous).TotalMilliseconds:F0}");
                log.WriteLine($"round {round}: read and check {read.TotalMilliseconds:F0} ms (CPU {readCpu.TotalMilliseconds:F0}), whole import {total.TotalMilliseconds:F0} ms (CPU {totalCpu.TotalMilliseconds:F0}); steps (ms): {string.Join(", ", parts)}");
            }
            finally
            {
                folder.Delete(recursive: true);
            }
        }

        return 0;
    }
}
