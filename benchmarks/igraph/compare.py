#!/usr/bin/python3
"""Times igraph on the very graphs the C# benchmarks run on, for benchmarks/RESULTS.md.

Run with Debian's interpreter and python3-igraph (``apt-get install -y python3-igraph``):

    /usr/bin/python3 benchmarks/igraph/compare.py GRAPH_DIR OUT.json [--include-slow] [--merge] [--only MEASURE ...]

GRAPH_DIR is what ``CollectiveImpact.Graph.Benchmarks --export-graphs GRAPH_DIR`` wrote: manifest.json and, per
graph, NAME.nodes.txt (ids in index order) and NAME.edges.tsv (``u v weight`` by index). Each measure is the igraph
call that computes the same thing as the C# benchmark method of the same name (same weights or none, undirected);
where igraph's definition differs slightly the cost does not, and the note says so. Each is run three times (once
when a run takes more than RERUN_LIMIT seconds; quick ones until they add up to QUICK_BUDGET), and the mean and best
wall times are kept, with this process's best CPU time beside them: igraph runs on one core, and CPU time is steadier
on a loaded machine. --only, when given, comes last. --merge keeps the rows of an existing OUT.json that this run
does not measure again.

The exact O(nm) measures are skipped on graphs the C# suite does not run them on either (SLOW_GRAPHS), unless
--include-slow is given.
"""

import json
import os
import platform
import random
import sys
import time

# Debian's python3-igraph links OpenMP (PRPACK's PageRank uses it). On a shared 2-core machine OpenMP threads that
# spin while they wait made PageRank 50 times slower; one thread keeps igraph single-threaded, as the report says.
os.environ.setdefault("OMP_NUM_THREADS", "1")

import igraph  # noqa: E402  (after OMP_NUM_THREADS, which OpenMP reads when the library loads)

RERUN_LIMIT = 10.0
RUNS = 3
# Calls much shorter than this are repeated until they add up to it (at most MAX_RUNS), so a load spike on a shared
# machine is less likely to decide the figure.
QUICK_BUDGET = 1.0
MAX_RUNS = 50

# Graphs on which the C# suite runs no exact all-pairs measure (see LargePathCentralityBenchmarks).
SLOW_GRAPHS = {"FULL-20000"}


def distances(g):
    """Diameter and average shortest path of the largest component, as DistanceMeasures computes them."""
    giant = g.connected_components().giant()
    return giant.diameter(directed=False), giant.average_path_length(directed=False)


def louvain(g):
    random.seed(1)  # igraph draws its node order from Python's generator
    return g.community_multilevel(weights="weight")


# Benchmark method name -> (igraph call, exact all-pairs work?, note)
MEASURES = {
    "Degree": (lambda g: g.degree(), False, "degree()"),
    "WeightedDegree": (lambda g: g.strength(weights="weight"), False, 'strength(weights="weight")'),
    "Betweenness": (lambda g: g.betweenness(directed=False), True, "betweenness(directed=False), exact"),
    "Closeness": (lambda g: g.closeness(), True,
                  "closeness(): averages over reachable nodes without the Wasserman-Faust factor; same BFS work"),
    "Harmonic": (lambda g: g.harmonic_centrality(), True, "harmonic_centrality()"),
    "Eigenvector": (lambda g: g.eigenvector_centrality(), False,
                    "eigenvector_centrality(): ARPACK, where ours is NetworkX's (A+I) power iteration"),
    "PageRank": (lambda g: g.pagerank(weights="weight"), False, 'pagerank(weights="weight"): PRPACK'),
    "LocalClustering": (lambda g: g.transitivity_local_undirected(mode="zero"), False,
                        'transitivity_local_undirected(mode="zero")'),
    "Transitivity": (lambda g: g.transitivity_undirected(), False, "transitivity_undirected()"),
    "Constraint": (lambda g: g.constraint(), False, "constraint() (unweighted)"),
    "ArticulationPoints": (lambda g: g.articulation_points(), False, "articulation_points()"),
    "Bridges": (lambda g: g.bridges(), False, "bridges()"),
    "Components": (lambda g: g.connected_components(), False, "connected_components()"),
    "Distances": (distances, True,
                  "connected_components().giant(), then diameter() and average_path_length() on it"),
    "Louvain": (louvain, False, 'community_multilevel(weights="weight")'),
}


def load(directory, name):
    with open(os.path.join(directory, name + ".nodes.txt"), encoding="utf-8") as f:
        n = sum(1 for _ in f)
    edges, weights = [], []
    with open(os.path.join(directory, name + ".edges.tsv"), encoding="utf-8") as f:
        for line in f:
            u, v, w = line.split("\t")
            edges.append((int(u), int(v)))
            weights.append(float(w))
    g = igraph.Graph(n=n, edges=edges, directed=False)
    g.es["weight"] = weights
    return g


def time_runs(call, g):
    walls, cpus = [], []
    while len(walls) < RUNS or (sum(walls) < QUICK_BUDGET and len(walls) < MAX_RUNS):
        wall, cpu = time.perf_counter(), time.process_time()
        call(g)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
        if walls[-1] > RERUN_LIMIT:
            break
    return walls, cpus


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    if len(args) < 2:
        sys.exit(__doc__)
    directory, out = args[0], args[1]
    include_slow = "--include-slow" in argv
    only = set(argv[argv.index("--only") + 1:]) if "--only" in argv else None
    with open(os.path.join(directory, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)

    results = []
    for entry in manifest["graphs"]:
        name = entry["name"]
        g = load(directory, name)
        if (g.vcount(), g.ecount()) != (entry["nodes"], entry["edges"]):
            sys.exit(f"{name}: loaded {g.vcount()} nodes and {g.ecount()} edges, the manifest says "
                     f"{entry['nodes']} and {entry['edges']}")
        if len(g.connected_components()) != entry["components"]:
            sys.exit(f"{name}: igraph finds {len(g.connected_components())} components, the manifest says "
                     f"{entry['components']}")
        for measure, (call, slow, note) in MEASURES.items():
            if only is not None and measure not in only:
                continue
            if slow and name in SLOW_GRAPHS and not include_slow:
                continue
            walls, cpus = time_runs(call, g)
            mean = sum(walls) / len(walls)
            print(f"{name:<22} {measure:<20} mean {mean:10.4f} s, best {min(walls):.4f} s "
                  f"(cpu best {min(cpus):.4f} s, {len(walls)} runs)", flush=True)
            results.append({"graph": name, "measure": measure, "meanSeconds": mean, "bestSeconds": min(walls),
                            "bestCpuSeconds": min(cpus), "runs": walls, "call": note})

    if "--merge" in argv and os.path.exists(out):
        with open(out, encoding="utf-8") as f:
            fresh = {(r["graph"], r["measure"]) for r in results}
            kept = [r for r in json.load(f)["results"] if (r["graph"], r["measure"]) not in fresh]
        results = kept + results

    report = {
        "igraph": igraph.__version__,
        "python": platform.python_version(),
        "machine": {"cpus": os.cpu_count(), "platform": platform.platform(),
                    "loadAverageAtEnd": os.getloadavg()},
        "threads": 1,
        "ompNumThreads": os.environ["OMP_NUM_THREADS"],
        "results": results,
    }
    with open(out, "w", encoding="utf-8") as f:
        json.dump(report, f, indent=2)


if __name__ == "__main__":
    main(sys.argv[1:])
