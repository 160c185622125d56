#!/usr/bin/env python3
"""Joins BenchmarkDotNet's results with igraph's timings into benchmarks/RESULTS.md.

    python3 benchmarks/report.py BDN_RESULTS_DIR IGRAPH_JSON GRAPH_DIR OUT.md [--readme README.md]

BDN_RESULTS_DIR holds BenchmarkDotNet's *-report-full.json files (every file is read; a later file's row for the
same measure and graph replaces an earlier one, so a rerun of some rows can be joined with the rest), and the
STAMP-uptime.txt files run.sh writes beside them (`uptime` before and after that run), quoted for the collective
impact analyses. IGRAPH_JSON is
what benchmarks/igraph/compare.py wrote, GRAPH_DIR the exported graphs (for node and edge counts). Everything in
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
    ("Louvain", "Louvain communities"),
]

# Why a measure has no igraph figure, where that is by design rather than by omission.
NO_PEER = {
    "Projection": "no equivalent (igraph starts from an edge list)",
    "BetweennessSampled": "no equivalent (igraph 0.10 has no source sampling; its cutoff is another approximation)",
    "EffectiveSize": "no equivalent in igraph",
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


# igraph measures compare.py skips on FULL-20000 unless --include-slow (one BFS per node: tens of minutes there).
SLOW = {"Betweenness", "Closeness", "Harmonic", "Distances"}


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


def load_igraph(path):
    if not os.path.exists(path):
        return {}, None
    with open(path, encoding="utf-8") as f:
        report = json.load(f)
    return {(r["measure"], r["graph"]): r for r in report["results"]}, report


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
        return lines + ["Not run yet: `benchmarks/run.sh --skip-igraph --filter '*CollectiveImpactBenchmarks*'`."]
    g = graphs.get(ANALYSIS_GRAPH)
    projection = f"{g['nodes']:,} nodes, {g['edges']:,} edges" if g else "size not exported"
    lines += ["The analyses of analyses.md on the generated network with 20,000 organizations (seed 1, nine people per organization, the rest the default shape), "
              f"through the overloads that take the ORGANIZATIONS projection ({ANALYSIS_GRAPH}: {projection}) built "
              "beforehand, so building it (the projection row above) is not counted; indicator progress reads no "
              "projection. What-if is handed the top 10 introductions recommended beforehand. Fixed parameters: as of "
              "2026-11-26, stale after 365 days, overlap similarity 0.5, brokerage top 20 with seed 42. NetworkX and "
              "igraph have no equivalent of these analyses, so there is no peer column.", ""]
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


def readme_summary(ours, peer, graphs, analyses):
    """The README's table: each measure on the 20,000-organization graphs, ours beside igraph's, and the analyses."""
    sizes = ", ".join(f"`{g}` {graphs[g]['nodes']:,} nodes and {graphs[g]['edges']:,} edges" for g in README_GRAPHS
                      if g in graphs)
    lines = [f"Generated networks with 20,000 organizations ({sizes}); mean wall-clock time per call, and igraph's "
             "mean on the same graph with the ratio (below 1: we are faster).", "",
             "| measure | " + " | ".join(f"{g} ours | {g} igraph | ratio" for g in README_GRAPHS) + " |",
             "|---|" + "--:|--:|--:|" * len(README_GRAPHS)]
    for measure, what in MEASURES:
        cells = []
        for g in README_GRAPHS:
            o, p = ours.get((measure, g)), peer.get((measure, g))
            cells.append((seconds(o["mean"]) + (" (one call)" if o.get("once") else "")) if o else "not run")
            cells.append(seconds(p["meanSeconds"]) if p else "not timed" if measure in SLOW
                         else "no equivalent" if measure in NO_PEER else "—")
            cells.append(f"{o['mean'] / p['meanSeconds']:.2f}" if o and p else "—")
        lines.append(f"| {what} | " + " | ".join(cells) + " |")
    timed = [f"{what} {seconds(analyses[m]['mean'])}" for m, what, _ in ANALYSES if m in analyses]
    if timed:
        lines += ["", "The collective impact analyses on the same network (ORGANIZATIONS projection built beforehand; no "
                  "NetworkX or igraph equivalent): " + ", ".join(timed) + "."]
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
    readme = None
    if "--readme" in argv:
        at = argv.index("--readme")
        if at + 1 >= len(argv):
            sys.exit("--readme needs the README's path.")
        readme = argv[at + 1]
        argv = argv[:at] + argv[at + 2:]
    if len(argv) != 4:
        sys.exit(__doc__)
    bdn_dir, igraph_path, graph_dir, out = argv
    ours, analyses, host = load_bdn(bdn_dir)
    for key, o in load_once(os.path.join(os.path.dirname(os.path.abspath(bdn_dir)), "once")).items():
        ours.setdefault(key, o)  # a BenchmarkDotNet figure, where there is one, is the better one
    peer, peer_report = load_igraph(igraph_path)
    with open(os.path.join(graph_dir, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    graphs = {g["name"]: g for g in manifest["graphs"]}
    order = [g["name"] for g in manifest["graphs"]]

    lines = ["# Benchmark results", "",
             "Generated by `benchmarks/report.py` from BenchmarkDotNet's JSON export and `benchmarks/igraph/compare.py`; "
             "see [README.md](README.md) for how to run and read it.", ""]
    if host:
        lines.append(f"- Ours: BenchmarkDotNet {host.get('BenchmarkDotNetVersion')}, {host.get('RuntimeVersion')}, "
                     f"{host.get('ProcessorName')}, {host.get('LogicalCoreCount')} logical cores "
                     f"({host.get('OsVersion')}). Betweenness, closeness, harmonic closeness and the distances use every core.")
    if peer_report:
        m = peer_report["machine"]
        lines.append(f"- igraph: python-igraph {peer_report['igraph']} (Debian's python3-igraph) on Python "
                     f"{peer_report['python']}, single-threaded (OMP_NUM_THREADS={peer_report.get('ompNumThreads', 'unset')}), "
                     f"same machine ({m['cpus']} cores); load average at the end of its last run "
                     f"{', '.join(f'{x:.1f}' for x in m['loadAverageAtEnd'])}.")
    lines.append(f"- Graphs: the seeded generator (seed {manifest['generator']['seed']}) with 1,000 and 20,000 "
                 f"organizations and {manifest['generator'].get('peoplePerOrganization', 3):g} people per organization "
                 f"on average, projected; sampled betweenness uses k = {manifest['sampledBetweenness']['k']} sources, "
                 f"seed {manifest['sampledBetweenness']['seed']}.")
    loads = sorted({" → ".join(o["uptime"]) for o in list(ours.values()) + list(analyses.values()) if o["uptime"]})
    if loads:
        lines.append("- Machine load of our runs (`uptime` before → after each run.sh run, 2 cores): " + "; ".join(loads) + ".")
    lines += ["- Ratios are ours / igraph's, above 1 we are slower: of the means, and of the bests (our minimum "
              "iteration, igraph's fastest run), which a loaded machine distorts less. Times are wall-clock.", ""]

    lines += ["| measure | graph | nodes | edges | ours mean | ours min | ours allocated | igraph mean | igraph best "
              "| ratio of means | ratio of bests |", "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|"]
    missing = []
    for measure, what in MEASURES:
        measured = [g for g in order if (measure, g) in ours]
        if not measured:
            missing.append((measure, what))
            continue
        for g in measured:
            o = ours[(measure, g)]
            p = peer.get((measure, g))
            ratio = f"{o['mean'] / p['meanSeconds']:.2f}" if p else "—"
            best_ratio = f"{o['min'] / p['bestSeconds']:.2f}" if p and o["min"] is not None else "—"
            igraph_mean = (seconds(p["meanSeconds"]) if p
                           else "not timed (over an hour at this size; compare.py --include-slow)" if measure in SLOW
                           else NO_PEER.get(measure, "not timed"))
            mean = seconds(o["mean"]) + (" (one call, `--time-once`)" if o.get("once") else "")
            lines.append(f"| {what} | {g} | {graphs[g]['nodes']:,} | {graphs[g]['edges']:,} | {mean} "
                         f"| {seconds(o['min'])} | {size(o['allocated'])} | {igraph_mean} "
                         f"| {seconds(p['bestSeconds']) if p else '—'} | {ratio} | {best_ratio} |")

    lines += analysis_section(analyses, graphs)

    lines += ["", "## Not yet benchmarked", ""]
    lines += [f"- {what} (`{measure}`)" for measure, what in missing] or ["Nothing: every measure has a row."]

    slower = sorted(((ours[k]["mean"] / p["meanSeconds"], (ours[k]["min"] or ours[k]["mean"]) / p["bestSeconds"], k)
                     for k, p in peer.items() if k in ours
                     and max(ours[k]["mean"] / p["meanSeconds"], (ours[k]["min"] or ours[k]["mean"]) / p["bestSeconds"]) > 3),
                    key=lambda row: -max(row[0], row[1]))
    lines += ["", "## More than 3× slower than igraph (by either ratio)", ""]
    lines += [f"- {m} on {g}: {r:.1f}× by means, {b:.1f}× by bests" for r, b, (m, g) in slower] or ["None."]

    notes = ""
    if os.path.exists(out):
        with open(out, encoding="utf-8") as f:
            text = f.read()
        if NOTES_MARKER in text:
            notes = text.split(NOTES_MARKER, 1)[1]
    lines += ["", NOTES_MARKER]
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + (notes if notes else "\n"))
    if readme:
        write_readme(readme, readme_summary(ours, peer, graphs, analyses))


if __name__ == "__main__":
    main(sys.argv[1:])
