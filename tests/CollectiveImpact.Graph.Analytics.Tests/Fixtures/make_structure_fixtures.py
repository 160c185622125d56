"""Reference values for the clustering, structural-hole, connectivity and network-level measures.

Run `python3 make_structure_fixtures.py` to (re)write structure.json from the shared graphs (graphs.py).
Everything comes from NetworkX except three measures it has no function for, computed here from NetworkX's
own degrees and node attributes with the published formulas:
  - Freeman (1979) degree centralization: sum(max_deg - deg_i) / ((n - 1)(n - 2)); None when n < 3.
  - Krackhardt & Stern (1988) E-I index by sector: (E - I) / (E + I) over the edges, E = edges whose ends are in
    different sectors, I = edges inside one sector; per sector, the edges with at least one end in it, each edge
    counted once. None where E + I = 0.
NaN (NetworkX's "undefined") is written as null, which JSON can carry.
Needs networkx with numpy (Debian's python3-numpy on PYTHONPATH will do).

Burt's constraint and effective size are taken through NetworkX's per-node code path (nodes=list(G)): its
whole-graph shortcut, used when scipy is installed and nodes=None, computes the same formulas with sparse matrices,
but with an older scipy (Debian bookworm's 1.10) it densifies the normalized matrix, so an isolate's 0/0 row spreads
NaN to every node, and raises on a graph without nodes. The per-node path is the reference definition and slower
(a few minutes on ci_network_2000).
"""
import json
import math
import os

import networkx as nx

from graphs import load_all

HERE = os.path.dirname(os.path.abspath(__file__))


def clean(value):
    """NaN -> None, numpy scalars -> float, recursively."""
    if isinstance(value, dict):
        return {k: clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [clean(v) for v in value]
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, int):
        return value
    value = float(value)
    return None if math.isnan(value) else value


def freeman_degree_centralization(g):
    n = g.number_of_nodes()
    if n < 3:
        return None
    degrees = [d for _, d in g.degree()]
    top = max(degrees)
    return sum(top - d for d in degrees) / ((n - 1) * (n - 2))


def ei_index(g):
    sector = nx.get_node_attributes(g, "sector")
    external = sum(1 for u, v in g.edges() if sector[u] != sector[v])
    internal = g.number_of_edges() - external
    groups = {}
    for s in sorted(set(sector.values())):
        e = sum(1 for u, v in g.edges() if (sector[u] == s) != (sector[v] == s))
        i = sum(1 for u, v in g.edges() if sector[u] == s and sector[v] == s)
        groups[s] = {
            "nodes": sum(1 for n in g if sector[n] == s),
            "external": e,
            "internal": i,
            "index": None if e + i == 0 else (e - i) / (e + i),
        }
    return {
        "external": external,
        "internal": internal,
        "index": None if external + internal == 0 else (external - internal) / (external + internal),
        "groups": groups,
    }


def average_clustering(g, **kwargs):
    try:
        return nx.average_clustering(g, **kwargs)
    except ZeroDivisionError:  # no nodes (or, without zeros, no node with a triangle): undefined
        return None


def largest_component_distances(g):
    if g.number_of_nodes() == 0:
        return {"size": 0, "diameter": None, "average_shortest_path_length": None}
    largest = max(nx.connected_components(g), key=len)
    sub = g.subgraph(largest)
    return {
        "size": len(largest),
        "diameter": nx.diameter(sub),
        "average_shortest_path_length": nx.average_shortest_path_length(sub),
    }


def assortativity(g):
    if g.number_of_edges() == 0:
        return None  # NetworkX divides 0 by 0 here (nan, with a warning)
    import numpy as np
    with np.errstate(divide="ignore", invalid="ignore"):
        return nx.attribute_assortativity_coefficient(g, "sector")


def measure(g):
    components = sorted((len(c) for c in nx.connected_components(g)), reverse=True)
    return {
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "clustering": nx.clustering(g),
        "clustering_weighted": nx.clustering(g, weight="weight"),
        "transitivity": nx.transitivity(g),
        "average_clustering": average_clustering(g),
        "average_clustering_weighted": average_clustering(g, weight="weight"),
        "average_clustering_nonzero": average_clustering(g, count_zeros=False),
        # nodes= takes NetworkX's per-node path (local_constraint summed over the neighbours); see the module note.
        "constraint": nx.constraint(g, nodes=list(g)),
        "constraint_weighted": nx.constraint(g, nodes=list(g), weight="weight"),
        # nodes= takes NetworkX's per-node path: Borgatti's n - 2t/n unweighted, Burt's redundancy sum weighted.
        "effective_size": nx.effective_size(g, nodes=list(g)),
        "effective_size_weighted": nx.effective_size(g, nodes=list(g), weight="weight"),
        "component_count": nx.number_connected_components(g),
        "component_sizes": components,
        "articulation_points": sorted(nx.articulation_points(g)),
        "bridges": sorted(sorted(e) for e in nx.bridges(g)),
        "largest_component": largest_component_distances(g),
        "density": nx.density(g),
        "degree_centralization": freeman_degree_centralization(g),
        "sector_assortativity": assortativity(g),
        "ei_index": ei_index(g),
    }


def main():
    doc = {
        "generator": "make_structure_fixtures.py",
        "networkx": nx.__version__,
        "graphs": {name: measure(g) for name, g in load_all().items()},
    }
    path = os.path.join(HERE, "structure.json")
    with open(path, "w") as f:
        json.dump(clean(doc), f, indent=1, sort_keys=True)
        f.write("\n")
    print(f"wrote {path} (NetworkX {nx.__version__})")


if __name__ == "__main__":
    main()
