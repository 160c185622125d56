#!/usr/bin/env python3
"""Joins BenchmarkDotNet's results with the peers' timings (igraph, graph-tool, NetworkX) into benchmarks/RESULTS.md.

    python3 benchmarks/report.py BDN_RESULTS_DIR PEERS_DIR GRAPH_DIR OUT.md [--readme README.md] [--api API.md]

BDN_RESULTS_DIR holds BenchmarkDotNet's *-report-full.json files (every file is read; a later file's row for the
same measure and graph replaces an earlier one, so a rerun of some rows can be joined with the rest), and the
STAMP-uptime.txt files run.sh writes beside them (`uptime` before and after that run), quoted for the collective
impact analyses. PEERS_DIR holds
what benchmarks/peers/compare.py wrote, one PEER.json per peer; GRAPH_DIR the exported graphs (for node and edge
counts). Each row's ratio is ours over the best peer's (the fastest of the peers that finished the same measure on the
same graph). With --api, that markdown file (benchmarks/api/RESULTS.md: the analyses timed through the API, memory,
cached throughput) is copied into the report under its own heading. Everything in
OUT.md after the NOTES_MARKER line is kept, so hand-written findings survive a regeneration. With --readme, the
part of that file between README_BEGIN and README_END is replaced by the summary table of the 20,000-organization
graphs, so the README's figures are never copied by hand.

Standard library only.
"""

import glob
import json
import os
import sys

NOTES_MARKER = "<!-- Hand-written notes below this line are kept when report.py regenerates the file. -->"
README_BEGIN = "<!-- benchmark-summary:begin (written by benchmarks/report.py --readme) -->"
README_END = "<!-- benchmark-summary:end -->"
README_GRAPHS = ["ORGANIZATIONS-20000", "FULL-20000"]

# Every measure the suite is meant to cover, in table order, with what it is.
MEASURES = [
    ("Projection", "build the projection from the network"),
    ("Degree", "degree centrality"),
    ("WeightedDegree", "weighted degree"),
    ("Betweenness", "betweenness, exact"),
    ("BetweennessSampled", "betweenness, sampled sources"),
    ("Closeness", "closeness, exact"),
    ("Harmonic", "harmonic closeness, exact"),
    ("Eigenvector", "eigenvector centrality"),
    ("PageRank", "PageRank"),
    ("LocalClustering", "local clustering"),
    ("Transitivity", "transitivity (global clustering)"),
    ("Constraint", "Burt's constraint"),
    ("EffectiveSize", "Burt's effective size"),
    ("ArticulationPoints", "articulation points"),
    ("Bridges", "bridges"),
    ("Components", "connected components"),
    ("Distances", "diameter and average path, largest component, exact"),
    ("Diameter", "diameter of the largest component, exact (ours: iFUB)"),
    ("NetworkMetrics", "network metrics without the average path (networkMetrics' cheap part)"),
    ("Louvain", "Louvain communities"),
]

# The peers, in column order, with their display names.
PEERS = [("igraph", "igraph"), ("graph-tool", "graph-tool"), ("networkx", "NetworkX")]

# Why a measure has no figure from any peer, where that is by design rather than by omission.
NO_PEER = {
    "Projection": "no equivalent (the peers start from an edge list)",
    "NetworkMetrics": "no single equivalent (a bundle of our own)",
}


# The collective impact analyses (CollectiveImpactBenchmarks), in table order:
# method, what it is, and the call timed. Reported in their own section: NetworkX and igraph have no equivalent.
ANALYSES = [
    ("Gaps", "gap analysis", "GapAnalysis.Run(network, organizations, options)"),
    ("Overlaps", "overlap analysis", "OverlapAnalysis.Run(network, organizations, options)"),
    ("Reinforcement", "reinforcement check", "ReinforcementCheck.Run(network, organizations)"),
    ("Brokerage", "brokerage recommendations (top 20)", "BrokerageRecommender.Run(network, organizations, options)"),
    ("WhatIf", "what-if of the top 10 introductions", "WhatIf.Run(network, organizations, introductions)"),
    ("Equity", "equity lens (default measures)", "EquityLens.Run(organizations, options)"),
    ("Progress", "indicator progress", "IndicatorProgress.Compute(network)"),
]
ANALYSIS_TYPES = {"CollectiveImpactBenchmarks"}
ANALYSIS_GRAPH = "ORGANIZATIONS-20000"  # the projection the analyses are handed (built in the setup)


def load_bdn(directory):
    rows, analyses, host = {}, {}, None
    for path in sorted(glob.glob(os.path.join(directory, "**", "*-report-full*.json"), recursive=True),
                       key=os.path.basename):  # run.sh prefixes a UTC stamp: newest last, checkout or not
        with open(path, encoding="utf-8") as f:
            report = json.load(f)
        host = report.get("HostEnvironmentInfo", host)
        for b in report.get("Benchmarks", []):
            stats = b.get("Statistics")
            if not stats:
                continue  # a benchmark that failed has no statistics
            params = dict(p.split("=", 1) for p in (b.get("Parameters") or "").split("&") if "=" in p)
            target, key = ((analyses, b["Method"]) if b.get("Type") in ANALYSIS_TYPES
                           else (rows, (b["Method"], params.get("Graph", ""))))
            target[key] = {
                "mean": stats["Mean"] / 1e9,
                "min": stats["Min"] / 1e9,
                "n": stats["N"],
                "allocated": (b.get("Memory") or {}).get("BytesAllocatedPerOperation"),
                "iterations": stats["N"],
                "source": os.path.basename(path),
                "uptime": read_uptime(path),
            }
    return rows, analyses, host


def load_once(directory):
    """Single timed calls (`--time-once`, results/once/*.json): measures too long for BenchmarkDotNet's loop."""
    once = {}
    for path in sorted(glob.glob(os.path.join(directory, "*.json"))):
        with open(path, encoding="utf-8") as f:
            r = json.load(f)
        once[(r["method"], r["graph"])] = {"mean": r["seconds"], "min": None, "n": 1, "allocated": r["allocatedBytes"],
                                            "iterations": 1, "source": os.path.basename(path), "uptime": r["uptime"],
                                            "once": True}
    return once


def read_uptime(report_path):
    """The `uptime` lines run.sh recorded for the run that wrote report_path (STAMP-uptime.txt beside it), or None."""
    stamp = os.path.basename(report_path).split("-", 1)[0]
    path = os.path.join(os.path.dirname(report_path), f"{stamp}-uptime.txt")
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip()]


def load_peers(directory):
    """{peer: ({(measure, graph): row}, report)} for every PEER.json compare.py wrote."""
    peers = {}
    for name, _ in PEERS:
        path = os.path.join(directory, f"{name}.json")
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                report = json.load(f)
            peers[name] = ({(r["measure"], r["graph"]): r for r in report["results"]}, report)
    return peers


def finished(peers, key):
    """[(peer, row)] of the peers that finished `key`, fastest mean first."""
    rows = [(name, data[0][key]) for name, data in peers.items()
            if key in data[0] and data[0][key].get("status", "ok") == "ok"]
    return sorted(rows, key=lambda pr: pr[1]["meanSeconds"])


def peer_cell(peers, name, key):
    if name not in peers:
        return "not run"
    row = peers[name][0].get(key)
    if row is None:
        return "no equivalent"
    status = row.get("status", "ok")
    if status == "ok":
        return seconds(row["meanSeconds"])
    if status == "timeout":
        return f"> {seconds(row['limitSeconds'])} (did not finish)"
    if status == "skipped":
        return "not run (hours at this size)"
    return "failed"


DISPLAY = dict(PEERS)


def no_peer(peers, key, measure):
    """Why a row has no best peer: by design, none that ran it finished, or none timed it."""
    if measure in NO_PEER:
        return NO_PEER[measure]
    attempted = [data[0][key].get("status", "ok") for data in peers.values() if key in data[0]]
    if "timeout" in attempted or "failed" in attempted:
        return "none finished"
    return "not run by the peers (hours at this size)" if "skipped" in attempted else "not timed by a peer"


def seconds(value):
    if value is None:
        return "—"
    if value >= 600:
        return f"{value / 60:.1f} min"
    if value >= 1:
        return f"{value:.2f} s"
    if value >= 1e-3:
        return f"{value * 1e3:.2f} ms"
    return f"{value * 1e6:.1f} µs"


def size(value):
    if value is None:
        return "—"
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if value >= scale:
            return f"{value / scale:.1f} {unit}"
    return f"{value} B"


def analysis_section(analyses, graphs):
    """The collective impact analyses on the 20,000-organization network: ours only, nothing to compare with."""
    lines = ["", "## Collective impact analyses (20,000 organizations)", ""]
    if not analyses:
        return lines + ["Not run yet: `benchmarks/run.sh --skip-peers --filter '*CollectiveImpactBenchmarks*'`."]
    g = graphs.get(ANALYSIS_GRAPH)
    projection = f"{g['nodes']:,} nodes, {g['edges']:,} edges" if g else "size not exported"
    lines += ["The analyses of analyses.md on the generated network with 20,000 organizations (seed 1, nine people per organization, the rest the default shape), "
              f"through the overloads that take the ORGANIZATIONS projection ({ANALYSIS_GRAPH}: {projection}) built "
              "beforehand, so building it (the projection row above) is not counted; indicator progress reads no "
              "projection. What-if is handed the top 10 introductions recommended beforehand. Fixed parameters: as of "
              "2026-11-26, stale after 365 days, overlap similarity 0.5, brokerage top 20 with seed 42. NetworkX, "
              "igraph and graph-tool have no equivalent of these analyses, so there is no peer column.", ""]
    lines += ["| analysis | call | organizations | projection nodes | projection edges | mean | min | allocated "
              "| iterations |", "|---|---|--:|--:|--:|--:|--:|--:|--:|"]
    nodes, edges = (f"{g['nodes']:,}", f"{g['edges']:,}") if g else ("—", "—")
    loads = []
    for method, what, call in ANALYSES:
        a = analyses.get(method)
        figures = (f"{seconds(a['mean'])} | {seconds(a['min'])} | {size(a['allocated'])} | {a['iterations']}" if a
                   else "not run | — | — | —")
        lines.append(f"| {what} | `{call}` | 20,000 | {nodes} | {edges} | {figures} |")
        if a and a["uptime"] and a["uptime"] not in loads:
            loads.append(a["uptime"])
    lines += ["", "Machine load (`uptime` before and after the run these rows come from; 2 cores): "
              + ("; ".join(" → ".join(u) for u in loads) if loads else "not recorded") + "."]
    return lines


def readme_summary(ours, peers, graphs, analyses):
    """The README's table: each measure on the 20,000-organization graphs, ours beside the best peer's."""
    sizes = ", ".join(f"`{g}` {graphs[g]['nodes']:,} nodes and {graphs[g]['edges']:,} edges" for g in README_GRAPHS
                      if g in graphs)
    lines = [f"Generated networks with 20,000 organizations ({sizes}); mean wall-clock time per call, the best peer's "
             "mean on the same graph (the fastest of igraph, graph-tool and NetworkX that finished) and the ratio "
             "ours ÷ best peer (below 1: we are faster).", "",
             "| measure | " + " | ".join(f"{g} ours | {g} best peer | ratio" for g in README_GRAPHS) + " |",
             "|---|" + "--:|--:|--:|" * len(README_GRAPHS)]
    for measure, what in MEASURES:
        cells = []
        for g in README_GRAPHS:
            o, best = ours.get((measure, g)), finished(peers, (measure, g))
            p = best[0] if best else None
            cells.append((seconds(o["mean"]) + (" (one call)" if o.get("once") else "")) if o else "not run")
            cells.append(f"{seconds(p[1]['meanSeconds'])} ({DISPLAY[p[0]]})" if p
                         else no_peer(peers, (measure, g), measure))
            cells.append(f"{o['mean'] / p[1]['meanSeconds']:.2f}" if o and p else "—")
        lines.append(f"| {what} | " + " | ".join(cells) + " |")
    timed = [f"{what} {seconds(analyses[m]['mean'])}" for m, what, _ in ANALYSES if m in analyses]
    if timed:
        lines += ["", "The collective impact analyses on the same network (ORGANIZATIONS projection built beforehand; no "
                  "peer has an equivalent): " + ", ".join(timed) + "."]
    return lines


def write_readme(path, lines):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if README_BEGIN not in text or README_END not in text:
        sys.exit(f"{path} has no {README_BEGIN} ... {README_END} block to replace.")
    head, rest = text.split(README_BEGIN, 1)
    tail = rest.split(README_END, 1)[1]
    with open(path, "w", encoding="utf-8") as f:
        f.write(head + README_BEGIN + "\n" + "\n".join(lines) + "\n" + README_END + tail)


def main(argv):
    options = {}
    for flag in ("--readme", "--api"):
        if flag in argv:
            at = argv.index(flag)
            if at + 1 >= len(argv):
                sys.exit(f"{flag} needs a path.")
            options[flag] = argv[at + 1]
            argv = argv[:at] + argv[at + 2:]
    if len(argv) != 4:
        sys.exit(__doc__)
    bdn_dir, peers_dir, graph_dir, out = argv
    ours, analyses, host = load_bdn(bdn_dir)
    for key, o in load_once(os.path.join(os.path.dirname(os.path.abspath(bdn_dir)), "once")).items():
        ours.setdefault(key, o)  # a BenchmarkDotNet figure, where there is one, is the better one
    peers = load_peers(peers_dir)
    with open(os.path.join(graph_dir, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    graphs = {g["name"]: g for g in manifest["graphs"]}
    order = [g["name"] for g in manifest["graphs"]]

    lines = ["# Benchmark results", "",
             "Generated by `benchmarks/report.py` from BenchmarkDotNet's JSON export and `benchmarks/peers/compare.py` "
             "(igraph, graph-tool, NetworkX on the same graphs); see [README.md](README.md) for how to run and read it.", ""]
    if host:
        lines.append(f"- Ours: BenchmarkDotNet {host.get('BenchmarkDotNetVersion')}, {host.get('RuntimeVersion')}, "
                     f"{host.get('ProcessorName')}, {host.get('LogicalCoreCount')} logical cores "
                     f"({host.get('OsVersion')}). Betweenness, closeness, harmonic closeness and the distances use every core.")
    for name, label in PEERS:
        if name not in peers:
            lines.append(f"- {label}: not run.")
            continue
        report = peers[name][1]
        m = report["machine"]
        threads = report.get("threads", 1)
        limit = f"; each call stopped after {seconds(report['limitSeconds'])}" if report.get("limitSeconds") else ""
        lines.append(f"- {label} {report.get('version', report.get('igraph'))} on Python {report['python']}, "
                     f"{threads} thread{'s' if threads != 1 else ''}{limit}, same machine ({m['cpus']} cores); load "
                     f"average at the end of its last run {', '.join(f'{x:.1f}' for x in m['loadAverageAtEnd'])}.")
    lines.append(f"- Graphs: the seeded generator (seed {manifest['generator']['seed']}) with 1,000 and 20,000 "
                 f"organizations and {manifest['generator'].get('peoplePerOrganization', 3):g} people per organization "
                 f"on average, projected; sampled betweenness uses k = {manifest['sampledBetweenness']['k']} sources, "
                 f"seed {manifest['sampledBetweenness']['seed']}.")
    loads = sorted({" → ".join(o["uptime"]) for o in list(ours.values()) + list(analyses.values()) if o["uptime"]})
    if loads:
        lines.append("- Machine load of our runs (`uptime` before → after each run.sh run, 2 cores): " + "; ".join(loads) + ".")
    lines += ["- Ratios are ours ÷ the best peer's (the fastest peer that finished), above 1 we are slower: of the "
              "means, and of the bests (our minimum iteration, the peer's fastest run), which a loaded machine "
              "distorts less. Times are wall-clock.", ""]

    lines += ["| measure | graph | nodes | edges | ours mean | ours min | ours allocated | "
              + " | ".join(label for _, label in PEERS)
              + " | best peer | ours ÷ best (means) | ours ÷ best (bests) |",
              "|---|---|--:|--:|--:|--:|--:|" + "--:|" * len(PEERS) + "---|--:|--:|"]
    missing, slower = [], []
    for measure, what in MEASURES:
        measured = [g for g in order if (measure, g) in ours]
        if not measured:
            missing.append((measure, what))
            continue
        for g in measured:
            o = ours[(measure, g)]
            best = finished(peers, (measure, g))
            p = best[0] if best else None
            fastest = min(best, key=lambda pr: pr[1]["bestSeconds"]) if best else None
            ratio = o["mean"] / p[1]["meanSeconds"] if p else None
            best_ratio = (o["min"] / fastest[1]["bestSeconds"]) if fastest and o["min"] is not None else None
            if ratio is not None and max(ratio, best_ratio or 0) > 1:
                slower.append((ratio, best_ratio, measure, g, DISPLAY[p[0]]))
            mean = seconds(o["mean"]) + (" (one call, `--time-once`)" if o.get("once") else "")
            cells = [peer_cell(peers, name, (measure, g)) for name, _ in PEERS]
            lines.append(f"| {what} | {g} | {graphs[g]['nodes']:,} | {graphs[g]['edges']:,} | {mean} "
                         f"| {seconds(o['min'])} | {size(o['allocated'])} | " + " | ".join(cells)
                         + f" | {DISPLAY[p[0]] if p else no_peer(peers, (measure, g), measure)} "
                         f"| {f'{ratio:.2f}' if ratio is not None else '—'} "
                         f"| {f'{best_ratio:.2f}' if best_ratio is not None else '—'} |")

    lines += analysis_section(analyses, graphs)

    if "--api" in options and os.path.exists(options["--api"]):
        with open(options["--api"], encoding="utf-8") as f:
            api = f.read().strip().splitlines()
        # Its own headings go one level down, under ours.
        api = ["#" + line if line.startswith("#") else line for line in api]
        lines += ["", "## Through the API (20,000 organizations)", "",
                  f"Copied from [{os.path.relpath(options['--api'], os.path.dirname(os.path.abspath(out)))}]"
                  f"({os.path.relpath(options['--api'], os.path.dirname(os.path.abspath(out)))}).", ""] + api

    lines += ["", "## Not yet benchmarked", ""]
    lines += [f"- {what} (`{measure}`)" for measure, what in missing] or ["Nothing: every measure has a row."]

    slower.sort(key=lambda row: -max(row[0], row[1] or 0))
    lines += ["", "## Where we are slower than the best peer (by either ratio)", ""]
    lines += [f"- {m} on {g}: {r:.2f}× {peer}'s time by means, "
              + (f"{b:.2f}× by bests" if b is not None else "no best-run ratio")
              for r, b, m, g, peer in slower] or ["Nowhere."]

    notes = ""
    if os.path.exists(out):
        with open(out, encoding="utf-8") as f:
            text = f.read()
        if NOTES_MARKER in text:
            notes = text.split(NOTES_MARKER, 1)[1]
    lines += ["", NOTES_MARKER]
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + (notes if notes else "\n"))
    if "--readme" in options:
        write_readme(options["--readme"], readme_summary(ours, peers, graphs, analyses))


if __name__ == "__main__":
    main(sys.argv[1:])
