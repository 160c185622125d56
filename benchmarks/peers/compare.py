#!/usr/bin/python3
"""Times a peer library on the very graphs the C# benchmarks run on, for benchmarks/RESULTS.md.

Run with Debian's interpreter, which has the peers (``apt-get install -y python3-igraph python3-graph-tool``;
NetworkX 3.6 is installed for it too):

    /usr/bin/python3 benchmarks/peers/compare.py PEER GRAPH_DIR OUT.json [--threads N] [--limit SECONDS]
                                                 [--graphs NAME,NAME] [--include-slow] [--merge] [--only MEASURE ...]

PEER is igraph, graph-tool or networkx. GRAPH_DIR is what ``CollectiveImpact.Graph.Benchmarks --export-graphs
GRAPH_DIR`` wrote: manifest.json and, per graph, NAME.nodes.txt (ids in index order) and NAME.edges.tsv (``u v
weight`` by index). Each measure is the peer's call that computes the same thing as the C# benchmark method of the
same name (same weights or none, undirected); where a peer's definition differs slightly the cost does not, and the
note says so. A measure a peer does not offer has no row, and report.py says "no equivalent".

Each call is run three times (once when a run takes more than RERUN_LIMIT seconds; quick ones until they add up to
QUICK_BUDGET), and the mean and best wall times are kept, with this process's best CPU time beside them.

Threads: igraph is single-threaded (OMP_NUM_THREADS=1: its OpenMP PageRank spun on a shared machine). graph-tool runs
its OpenMP loops on --threads threads (default: every core, as ours do for the shortest-path measures). NetworkX is pure
Python, one thread.

NetworkX "where it finishes": every NetworkX call runs in a forked child killed after --limit seconds (default 300);
a call that did not finish is recorded as such (status "timeout"), not dropped. The exact all-pairs measures are not
started on the 20,000-organization graphs (SLOW_GRAPHS) for NetworkX and igraph unless --include-slow is given: they
take hours there. --graphs times only the named graphs. --only, when given, comes last. --merge keeps the rows of an existing OUT.json that this run does not
measure again.
"""

import json
import multiprocessing
import os
import platform
import random
import sys
import time

RERUN_LIMIT = 10.0
RUNS = 3
# Calls much shorter than this are repeated until they add up to it (at most MAX_RUNS), so a load spike on a shared
# machine is less likely to decide the figure.
QUICK_BUDGET = 1.0
MAX_RUNS = 50
DEFAULT_LIMIT = 300.0

# Graphs on which the exact all-pairs measures take hours in igraph (one call) and NetworkX.
SLOW_GRAPHS = {"FULL-20000"}
SLOW_GRAPHS_NETWORKX = {"FULL-20000", "ORGANIZATIONS-20000"}
ALL_PAIRS = {"Betweenness", "Closeness", "Harmonic", "Distances", "Diameter"}


def read_graph(directory, name):
    with open(os.path.join(directory, name + ".nodes.txt"), encoding="utf-8") as f:
        n = sum(1 for _ in f)
    edges, weights = [], []
    with open(os.path.join(directory, name + ".edges.tsv"), encoding="utf-8") as f:
        for line in f:
            u, v, w = line.split("\t")
            edges.append((int(u), int(v)))
            weights.append(float(w))
    return n, edges, weights


# ---------------------------------------------------------------------------------------------------- igraph

def igraph_peer(threads, manifest):
    os.environ["OMP_NUM_THREADS"] = "1"
    import igraph

    def load(n, edges, weights):
        g = igraph.Graph(n=n, edges=edges, directed=False)
        g.es["weight"] = weights
        return g

    def distances(g):
        giant = g.connected_components().giant()
        return giant.diameter(directed=False), giant.average_path_length(directed=False)

    def louvain(g):
        random.seed(1)  # igraph draws its node order from Python's generator
        return g.community_multilevel(weights="weight")

    measures = {
        "Degree": (lambda g: g.degree(), "degree()"),
        "WeightedDegree": (lambda g: g.strength(weights="weight"), 'strength(weights="weight")'),
        "Betweenness": (lambda g: g.betweenness(directed=False), "betweenness(directed=False), exact"),
        "Closeness": (lambda g: g.closeness(),
                      "closeness(): averages over reachable nodes without the Wasserman-Faust factor; same BFS work"),
        "Harmonic": (lambda g: g.harmonic_centrality(), "harmonic_centrality()"),
        "Eigenvector": (lambda g: g.eigenvector_centrality(), "eigenvector_centrality(): ARPACK"),
        "PageRank": (lambda g: g.pagerank(weights="weight"), 'pagerank(weights="weight"): PRPACK'),
        "LocalClustering": (lambda g: g.transitivity_local_undirected(mode="zero"),
                            'transitivity_local_undirected(mode="zero")'),
        "Transitivity": (lambda g: g.transitivity_undirected(), "transitivity_undirected()"),
        "Constraint": (lambda g: g.constraint(), "constraint() (unweighted)"),
        "ArticulationPoints": (lambda g: g.articulation_points(), "articulation_points()"),
        "Bridges": (lambda g: g.bridges(), "bridges()"),
        "Components": (lambda g: g.connected_components(), "connected_components()"),
        "Distances": (distances, "connected_components().giant(), then diameter() and average_path_length() on it"),
        "Diameter": (lambda g: g.connected_components().giant().diameter(directed=False),
                     "connected_components().giant().diameter(): a search from every node"),
        "Louvain": (louvain, 'community_multilevel(weights="weight")'),
    }
    check = lambda g: (g.vcount(), g.ecount(), len(g.connected_components()))  # noqa: E731
    return {"version": igraph.__version__, "threads": 1, "load": load, "measures": measures, "check": check,
            "slow_graphs": SLOW_GRAPHS, "fork": False}


# ---------------------------------------------------------------------------------------------------- graph-tool

def graph_tool_peer(threads, manifest):
    import graph_tool.all as gt
    import numpy

    gt.openmp_set_num_threads(threads)

    def load(n, edges, weights):
        g = gt.Graph(directed=False)
        g.add_vertex(n)
        g.add_edge_list(numpy.asarray(edges, dtype=numpy.int64))
        w = g.new_edge_property("double")
        w.a = numpy.asarray(weights, dtype=numpy.float64)
        g.edge_properties["weight"] = w
        return g

    def giant(g):
        return gt.extract_largest_component(g, prune=True)

    def distances(g):
        # graph-tool has no exact diameter short of all pairs: one all-pairs BFS, then the largest and the mean.
        h = giant(g)
        d = gt.shortest_distance(h)
        total, longest = 0, 0
        for v in h.vertices():
            row = d[v].a
            total += int(row.sum())
            longest = max(longest, int(row.max()))
        n = h.num_vertices()
        return longest, total / (n * (n - 1))

    def sampled(g):
        rng = numpy.random.default_rng(manifest["sampledBetweenness"]["seed"])
        pivots = rng.choice(g.num_vertices(), size=min(g.num_vertices(), manifest["sampledBetweenness"]["k"]),
                            replace=False)
        return gt.betweenness(g, pivots=pivots)

    w = lambda g: g.edge_properties["weight"]  # noqa: E731
    measures = {
        "Degree": (lambda g: g.get_total_degrees(g.get_vertices()), "get_total_degrees()"),
        "WeightedDegree": (lambda g: g.get_total_degrees(g.get_vertices(), eweight=w(g)),
                           "get_total_degrees(eweight=weight)"),
        "Betweenness": (lambda g: gt.betweenness(g), "betweenness(g), exact (vertex and edge betweenness)"),
        "BetweennessSampled": (sampled, "betweenness(g, pivots=k sampled sources)"),
        "Closeness": (lambda g: gt.closeness(g), "closeness(g): per component, as igraph; same BFS work"),
        "Harmonic": (lambda g: gt.closeness(g, harmonic=True), "closeness(g, harmonic=True)"),
        "Eigenvector": (lambda g: gt.eigenvector(g), "eigenvector(g): power iteration, epsilon 1e-6"),
        "PageRank": (lambda g: gt.pagerank(g, weight=w(g)), "pagerank(g, weight=weight)"),
        "LocalClustering": (lambda g: gt.local_clustering(g), "local_clustering(g)"),
        "Transitivity": (lambda g: gt.global_clustering(g), "global_clustering(g)"),
        "ArticulationPoints": (lambda g: gt.label_biconnected_components(g),
                               "label_biconnected_components(g): articulation points with the biconnected components"),
        "Components": (lambda g: gt.label_components(g), "label_components(g)"),
        "Distances": (distances, "extract_largest_component, then shortest_distance(all pairs): max and mean"),
    }
    check = lambda g: (g.num_vertices(), g.num_edges(), int(gt.label_components(g)[1].size))  # noqa: E731
    return {"version": gt.__version__.split(" ")[0], "threads": threads, "load": load, "measures": measures,
            "check": check, "slow_graphs": SLOW_GRAPHS, "fork": False}


# ---------------------------------------------------------------------------------------------------- NetworkX

def networkx_peer(threads, manifest):
    import networkx as nx

    def load(n, edges, weights):
        g = nx.Graph()
        g.add_nodes_from(range(n))
        g.add_weighted_edges_from((u, v, w) for (u, v), w in zip(edges, weights))
        return g

    def distances(g):
        h = g.subgraph(max(nx.connected_components(g), key=len))
        return nx.diameter(h, usebounds=True), nx.average_shortest_path_length(h)

    k, seed = manifest["sampledBetweenness"]["k"], manifest["sampledBetweenness"]["seed"]
    measures = {
        "Degree": (lambda g: nx.degree_centrality(g), "degree_centrality(G)"),
        "WeightedDegree": (lambda g: dict(g.degree(weight="weight")), 'G.degree(weight="weight")'),
        "Betweenness": (lambda g: nx.betweenness_centrality(g), "betweenness_centrality(G), exact"),
        "BetweennessSampled": (lambda g: nx.betweenness_centrality(g, k=min(k, len(g)), seed=seed),
                               f"betweenness_centrality(G, k={k}, seed={seed})"),
        "Closeness": (lambda g: nx.closeness_centrality(g), "closeness_centrality(G)"),
        "Harmonic": (lambda g: nx.harmonic_centrality(g), "harmonic_centrality(G)"),
        "Eigenvector": (lambda g: nx.eigenvector_centrality(g, max_iter=1000),
                        "eigenvector_centrality(G, max_iter=1000): the default 100 does not converge on FULL"),
        "PageRank": (lambda g: nx.pagerank(g, weight="weight"), 'pagerank(G, weight="weight")'),
        "LocalClustering": (lambda g: nx.clustering(g), "clustering(G)"),
        "Transitivity": (lambda g: nx.transitivity(g), "transitivity(G)"),
        "Constraint": (lambda g: nx.constraint(g), "constraint(G)"),
        "EffectiveSize": (lambda g: nx.effective_size(g), "effective_size(G)"),
        "ArticulationPoints": (lambda g: list(nx.articulation_points(g)), "articulation_points(G)"),
        "Bridges": (lambda g: list(nx.bridges(g)), "bridges(G)"),
        "Components": (lambda g: list(nx.connected_components(g)), "connected_components(G)"),
        "Distances": (distances, "largest component, then diameter(usebounds=True) and average_shortest_path_length"),
        "Diameter": (lambda g: nx.diameter(g.subgraph(max(nx.connected_components(g), key=len)), usebounds=True),
                     "largest component, then diameter(usebounds=True) (Takes and Kosters' bounds)"),
        "Louvain": (lambda g: nx.community.louvain_communities(g, weight="weight", seed=1),
                    'community.louvain_communities(G, weight="weight", seed=1)'),
    }
    check = lambda g: (g.number_of_nodes(), g.number_of_edges(), nx.number_connected_components(g))  # noqa: E731
    return {"version": nx.__version__, "threads": 1, "load": load, "measures": measures, "check": check,
            "slow_graphs": SLOW_GRAPHS_NETWORKX, "fork": True}


PEERS = {"igraph": igraph_peer, "graph-tool": graph_tool_peer, "networkx": networkx_peer}


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


def time_in_child(call, g, limit):
    """Runs time_runs in a forked child (which inherits g) and kills it after `limit` seconds."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)

    def child():
        try:
            send.send(("ok",) + time_runs(call, g))
        except Exception as e:  # noqa: BLE001 - reported as the row's status
            send.send(("failed", f"{type(e).__name__}: {e}"))

    process = context.Process(target=child)
    process.start()
    outcome = receive.recv() if receive.poll(limit) else None
    if outcome is None:
        process.kill()
    process.join()
    return outcome


def main(argv):
    args, flags = [], {}
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--only":
            flags["only"] = set(argv[i + 1:])
            break
        if a in ("--threads", "--limit", "--graphs"):
            flags[a[2:]] = argv[i + 1]
            i += 2
            continue
        if a.startswith("--"):
            flags[a[2:]] = True
        else:
            args.append(a)
        i += 1
    if len(args) != 3 or args[0] not in PEERS:
        sys.exit(__doc__)
    peer_name, directory, out = args
    threads = int(flags.get("threads", os.cpu_count()))
    limit = float(flags.get("limit", DEFAULT_LIMIT))
    only = flags.get("only")
    graph_names = set(flags["graphs"].split(",")) if "graphs" in flags else None
    with open(os.path.join(directory, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    peer = PEERS[peer_name](threads, manifest)

    results = []
    for entry in manifest["graphs"]:
        name = entry["name"]
        if graph_names is not None and name not in graph_names:
            continue
        g = peer["load"](*read_graph(directory, name))
        found = peer["check"](g)
        expected = (entry["nodes"], entry["edges"], entry["components"])
        if found != expected:
            sys.exit(f"{peer_name} on {name}: loaded (nodes, edges, components) {found}, the manifest says {expected}")
        for measure, (call, note) in peer["measures"].items():
            if only is not None and measure not in only:
                continue
            if measure in ALL_PAIRS and name in peer["slow_graphs"] and "include-slow" not in flags:
                results.append({"graph": name, "measure": measure, "status": "skipped", "call": note,
                                "reason": "exact all-pairs work: hours at this size (--include-slow runs it)"})
                continue
            if peer["fork"]:
                outcome = time_in_child(call, g, limit)
                if outcome is None:
                    print(f"{name:<22} {measure:<20} did not finish within {limit:g} s", flush=True)
                    results.append({"graph": name, "measure": measure, "status": "timeout", "limitSeconds": limit,
                                    "call": note})
                    continue
                if outcome[0] == "failed":
                    print(f"{name:<22} {measure:<20} failed: {outcome[1]}", flush=True)
                    results.append({"graph": name, "measure": measure, "status": "failed", "error": outcome[1],
                                    "call": note})
                    continue
                walls, cpus = outcome[1], outcome[2]
            else:
                walls, cpus = time_runs(call, g)
            mean = sum(walls) / len(walls)
            print(f"{name:<22} {measure:<20} mean {mean:10.4f} s, best {min(walls):.4f} s "
                  f"(cpu best {min(cpus):.4f} s, {len(walls)} runs)", flush=True)
            results.append({"graph": name, "measure": measure, "status": "ok", "meanSeconds": mean,
                            "bestSeconds": min(walls), "bestCpuSeconds": min(cpus), "runs": walls, "call": note})

    if "merge" in flags and os.path.exists(out):
        with open(out, encoding="utf-8") as f:
            fresh = {(r["graph"], r["measure"]) for r in results}
            kept = [r for r in json.load(f)["results"] if (r["graph"], r["measure"]) not in fresh]
        results = kept + results

    report = {
        "peer": peer_name,
        "version": peer["version"],
        "python": platform.python_version(),
        "machine": {"cpus": os.cpu_count(), "platform": platform.platform(), "loadAverageAtEnd": os.getloadavg()},
        "threads": peer["threads"],
        "limitSeconds": limit if peer["fork"] else None,
        "results": results,
    }
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        json.dump(report, f, indent=2)


if __name__ == "__main__":
    main(sys.argv[1:])
