"""Expected centrality scores: NetworkX run on every graph of the shared set (graphs.py), written to centrality.json.

Run `python3 make_centrality_fixtures.py` from this folder (after `python3 graphs.py` if the graphs changed).
Each entry names the measure and the options it was run with as the C# CentralityOptions spell them, the exact
NetworkX call, and either the score of every node or the exception NetworkX raised.

PageRank: nx.pagerank runs its SciPy implementation; where SciPy is not installed this script falls back to
NetworkX's own pure-Python implementation of the same iteration (pagerank_alg._pagerank_python: same start vector,
same update, same L1 stopping rule; results agree to rounding) and says so in the file.
"""
import json
import math
import os

import networkx as nx

from graphs import load_all

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "centrality.json")

try:
    import scipy  # noqa: F401

    PAGERANK_IMPLEMENTATION = "nx.pagerank (SciPy)"
    _pagerank = nx.pagerank
except ImportError:
    from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

    PAGERANK_IMPLEMENTATION = "networkx.algorithms.link_analysis.pagerank_alg._pagerank_python (SciPy not installed)"
    _pagerank = _pagerank_python


def variants():
    """(measure, normalized, weighted, call text, function of G) for every measure and variant NetworkX has."""
    yield "Degree", False, False, "dict(G.degree())", lambda g: dict(g.degree())
    yield "Degree", True, False, "nx.degree_centrality(G)", nx.degree_centrality
    yield "WeightedDegree", False, True, 'dict(G.degree(weight="weight"))', lambda g: dict(g.degree(weight="weight"))
    for normalized in (True, False):
        for weighted in (False, True):
            weight = "weight" if weighted else None
            yield ("Betweenness", normalized, weighted,
                   f"nx.betweenness_centrality(G, normalized={normalized}, weight={weight!r})",
                   lambda g, n=normalized, w=weight: nx.betweenness_centrality(g, normalized=n, weight=w))
    for weighted in (False, True):
        weight = "weight" if weighted else None
        yield ("Closeness", True, weighted, f"nx.closeness_centrality(G, distance={weight!r}, wf_improved=True)",
               lambda g, w=weight: nx.closeness_centrality(g, distance=w, wf_improved=True))
        yield ("Harmonic", False, weighted, f"nx.harmonic_centrality(G, distance={weight!r})",
               lambda g, w=weight: nx.harmonic_centrality(g, distance=w))
        yield ("Eigenvector", True, weighted, f"nx.eigenvector_centrality(G, max_iter=100, tol=1e-06, weight={weight!r})",
               lambda g, w=weight: nx.eigenvector_centrality(g, max_iter=100, tol=1e-06, weight=w))
        yield ("PageRank", True, weighted, f"nx.pagerank(G, alpha=0.85, max_iter=100, tol=1e-06, weight={weight!r})",
               lambda g, w=weight: _pagerank(g, alpha=0.85, max_iter=100, tol=1e-06, weight=w))


def main():
    graphs = load_all()
    doc = {
        "generator": "make_centrality_fixtures.py",
        "networkx": nx.__version__,
        "pagerank_implementation": PAGERANK_IMPLEMENTATION,
        "graphs": {},
    }
    for name, g in graphs.items():
        entries = []
        for measure, normalized, weighted, call, fn in variants():
            entry = {"measure": measure, "normalized": normalized, "weighted": weighted, "call": call}
            try:
                scores = fn(g)
                entry["scores"] = {str(k): float(v) for k, v in scores.items()}
                assert all(math.isfinite(v) for v in entry["scores"].values()), (name, call)
            except nx.NetworkXException as e:
                entry["raises"] = type(e).__name__
            entries.append(entry)
        doc["graphs"][name] = entries
    with open(OUT, "w") as f:
        json.dump(doc, f, indent=1, sort_keys=False)
        f.write("\n")
    print(f"wrote {sum(len(v) for v in doc['graphs'].values())} entries for {len(graphs)} graphs to {OUT}")


if __name__ == "__main__":
    main()
