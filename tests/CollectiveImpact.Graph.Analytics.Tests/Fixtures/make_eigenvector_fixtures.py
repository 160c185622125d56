"""Reference eigenvector centralities: the principal eigenvector itself, written to eigenvector.json.

Run `python3 make_eigenvector_fixtures.py` with NetworkX, NumPy and SciPy importable from this folder (after `python3 graphs.py` if the graphs changed).
centrality.json holds nx.eigenvector_centrality with NetworkX's defaults (max_iter=100, tol=1e-06), which stops
within about 1e-6 per node of the eigenvector or raises PowerIterationFailedConvergence. The C# solver converges
to the eigenvector itself, so it is checked against NetworkX's own power iteration run to a tight tolerance
(tol=1e-13, max_iter=100000): the limit of the iteration NetworkX runs by default, disconnected graphs included
(the component with the largest eigenvalue keeps the vector; components tied with it share it in proportion to
their start; every other component, isolates included, tends to 0). Where the graph is connected the script also
checks that nx.eigenvector_centrality_numpy (ARPACK) gives the same vector to 1e-9.
"""
import json
import math
import os

import networkx as nx

from graphs import load_all

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "eigenvector.json")
TOL = 1e-13
MAX_ITER = 100000


def main():
    doc = {
        "generator": "make_eigenvector_fixtures.py",
        "networkx": nx.__version__,
        "graphs": {},
    }
    for name, g in load_all().items():
        entries = []
        for weight in (None, "weight"):
            call = f"nx.eigenvector_centrality(G, max_iter={MAX_ITER}, tol={TOL}, weight={weight!r})"
            entry = {"weighted": weight is not None, "call": call}
            try:
                scores = nx.eigenvector_centrality(g, max_iter=MAX_ITER, tol=TOL, weight=weight)
                entry["scores"] = {str(k): float(v) for k, v in scores.items()}
                assert all(math.isfinite(v) for v in entry["scores"].values()), (name, call)
                if g.number_of_nodes() > 2 and nx.is_connected(g):
                    arpack = nx.eigenvector_centrality_numpy(g, weight=weight)
                    worst = max(abs(arpack[k] - scores[k]) for k in g)
                    assert worst < 1e-9, (name, weight, worst)
            except nx.NetworkXException as e:
                entry["raises"] = type(e).__name__
            entries.append(entry)
        doc["graphs"][name] = entries
    with open(OUT, "w") as f:
        json.dump(doc, f, indent=1)
        f.write("\n")
    print(f"wrote {sum(len(v) for v in doc['graphs'].values())} entries to {OUT}")


if __name__ == "__main__":
    main()
