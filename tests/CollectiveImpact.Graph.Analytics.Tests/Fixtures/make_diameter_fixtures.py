"""Expected diameters: nx.diameter on paths, cycles, trees, grids and seeded random graphs, written to diameter.json.

Run `python3 make_diameter_fixtures.py` from this folder. Each entry holds the graph (node count and edge list, nodes
0..n-1) and NetworkX's nx.diameter of its largest connected component (the first among equals, as
max(nx.connected_components(G), key=len) picks), checked against nx.diameter(C, usebounds=True) (Takes and Kosters).
"""
import json
import os
import random

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "diameter.json")


def graphs():
    for n in (2, 3, 10, 101):
        yield f"path_{n}", nx.path_graph(n)
    for n in (3, 4, 9, 50, 51):
        yield f"cycle_{n}", nx.cycle_graph(n)
    yield "balanced_tree_3_4", nx.balanced_tree(3, 4)
    yield "balanced_tree_2_7", nx.balanced_tree(2, 7)
    for seed in (1, 2, 3):
        yield f"random_tree_200_seed{seed}", nx.random_labeled_tree(200, seed=seed)
    yield "grid_7_13", nx.grid_2d_graph(7, 13)
    yield "grid_20_20", nx.grid_2d_graph(20, 20)
    yield "lollipop_10_30", nx.lollipop_graph(10, 30)
    yield "barbell_8_5", nx.barbell_graph(8, 5)
    for seed in (1, 2, 3, 4):
        yield f"gnm_300_330_seed{seed}", nx.gnm_random_graph(300, 330, seed=seed)
        yield f"gnm_500_1500_seed{seed}", nx.gnm_random_graph(500, 1500, seed=seed)
    for seed in (1, 2):
        yield f"barabasi_albert_1000_2_seed{seed}", nx.barabasi_albert_graph(1000, 2, seed=seed)
        yield f"watts_strogatz_400_4_0.05_seed{seed}", nx.watts_strogatz_graph(400, 4, 0.05, seed=seed)


def main():
    doc = {"generator": "make_diameter_fixtures.py", "networkx": nx.__version__, "graphs": []}
    for name, g in graphs():
        g = nx.convert_node_labels_to_integers(g, ordering="sorted")
        largest = g.subgraph(max(nx.connected_components(g), key=len))
        diameter = nx.diameter(largest)
        assert diameter == nx.diameter(largest, usebounds=True), name
        doc["graphs"].append({
            "name": name,
            "nodes": g.number_of_nodes(),
            "edges": sorted([min(u, v), max(u, v)] for u, v in g.edges()),
            "call": "nx.diameter(G.subgraph(max(nx.connected_components(G), key=len)))",
            "diameter": diameter,
        })
    with open(OUT, "w") as f:
        json.dump(doc, f, separators=(",", ":"))
        f.write("\n")
    print(f"wrote {len(doc['graphs'])} graphs to {OUT}")


if __name__ == "__main__":
    main()
