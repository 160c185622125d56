"""Expected backbone dependence (analyses.md §6) from NetworkX shortest paths, written to backbone_dependence.json.

Run `python3 make_backbone_fixtures.py` from this folder. Definition: b the backbone; over unordered pairs {s, t} of
nodes other than b joined by a path in G, the pair is dependent when it is not joined in G - b or its distance there
is greater (nx.single_source_shortest_path_length on G and on G.subgraph(nodes - {b})). Graphs: shaped ones (a star
round b, a path, a cycle, a barbell, a wheel) and seeded random ones (G(n, m), Barabasi-Albert, a collective-impact
shaped network from graphs.py), with b the node of highest degree (ties: lowest label) unless named.
"""
import json
import os

import networkx as nx

from graphs import ci_network

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "backbone_dependence.json")


def graphs():
    yield "star_12", nx.star_graph(11), 0
    yield "path_9_middle", nx.path_graph(9), 4
    yield "path_9_end", nx.path_graph(9), 0
    yield "cycle_10", nx.cycle_graph(10), 0
    yield "barbell_6_3", nx.barbell_graph(6, 3), None
    yield "wheel_15", nx.wheel_graph(15), 0
    yield "complete_8", nx.complete_graph(8), 0
    yield "two_components", nx.disjoint_union(nx.star_graph(5), nx.path_graph(4)), 0
    for seed in (1, 2, 3):
        yield f"gnm_300_450_seed{seed}", nx.gnm_random_graph(300, 450, seed=seed), None
        yield f"barabasi_albert_400_1_seed{seed}", nx.barabasi_albert_graph(400, 1, seed=seed), None
    yield "barabasi_albert_600_2_seed7", nx.barabasi_albert_graph(600, 2, seed=7), None
    yield "ci_network_300", nx.convert_node_labels_to_integers(ci_network(300, 5), ordering="sorted"), None


def dependence(g, b):
    others = [v for v in g.nodes if v != b]
    without = g.subgraph(others)
    connected = dependent = 0
    for s in others:
        d = nx.single_source_shortest_path_length(g, s)
        d2 = nx.single_source_shortest_path_length(without, s)
        for t, dist in d.items():
            if t == s or t == b:
                continue
            connected += 1
            if t not in d2 or d2[t] > dist:
                dependent += 1
    return connected // 2, dependent // 2


def main():
    doc = {"generator": "make_backbone_fixtures.py", "networkx": nx.__version__, "graphs": []}
    for name, g, b in graphs():
        g = nx.convert_node_labels_to_integers(g, ordering="sorted")
        if b is None:
            b = min(g.nodes, key=lambda v: (-g.degree(v), v))
        connected, dependent = dependence(g, b)
        doc["graphs"].append({
            "name": name,
            "nodes": g.number_of_nodes(),
            "edges": sorted([min(u, v), max(u, v)] for u, v in g.edges()),
            "backbone": b,
            "connected_pairs": connected,
            "dependent_pairs": dependent,
        })
    with open(OUT, "w") as f:
        json.dump(doc, f, separators=(",", ":"))
        f.write("\n")
    print(f"wrote {len(doc['graphs'])} graphs to {OUT}")


if __name__ == "__main__":
    main()
