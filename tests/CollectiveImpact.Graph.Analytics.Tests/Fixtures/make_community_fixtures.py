"""Writes communities.json: NetworkX's reference values for Communities/ (Modularity, Louvain).

For every graph of graphs.py's load_all():
  partitions: given partitions (singletons, the whole graph as one, by sector at resolutions 1, 0.5 and 2, and
              NetworkX's own Louvain partitions) with nx.community.modularity(G, parts, weight="weight", resolution=r);
              null where NetworkX raises ZeroDivisionError (a graph without edges).
  louvain:    for seeds 0..19, nx.community.louvain_communities(G, weight="weight", resolution=1, threshold=1e-7,
              seed=s): its modularity, how many communities, and how many levels louvain_partitions yields.
Run: python3 make_community_fixtures.py   (networkx 3.6)
"""
import json
import os

import networkx as nx

from graphs import load_all

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = list(range(20))  # Louvain runs per graph
PARTITION_SEEDS = [0, 1, 7, 13]  # whose partitions are kept as given partitions


def modularity(g, parts, resolution=1):
    try:
        return nx.community.modularity(g, parts, weight="weight", resolution=resolution)
    except ZeroDivisionError:
        return None


def sorted_parts(parts):
    return sorted((sorted(p) for p in parts), key=lambda p: (-len(p), p[0]))


def main():
    out = {"networkx": nx.__version__, "graphs": {}}
    for name, g in load_all().items():
        by_sector = {}
        for n, sector in g.nodes(data="sector"):
            by_sector.setdefault(sector, set()).add(n)
        given = [("singletons", [{n} for n in g.nodes()], 1)]
        if g.number_of_nodes() > 0:
            given.append(("whole", [set(g.nodes())], 1))
            for r in (1, 0.5, 2):
                given.append((f"by_sector_resolution_{r}", list(by_sector.values()), r))
        louvain = []
        for seed in SEEDS:
            parts = nx.community.louvain_communities(g, weight="weight", resolution=1, threshold=1e-7, seed=seed)
            levels = len(list(nx.community.louvain_partitions(g, weight="weight", resolution=1, threshold=1e-7, seed=seed)))
            louvain.append({"seed": seed, "modularity": modularity(g, parts), "communities": len(parts), "levels": levels})
            if seed in PARTITION_SEEDS:
                given.append((f"networkx_louvain_seed_{seed}", parts, 1))
        out["graphs"][name] = {
            "partitions": [
                {"name": label, "resolution": r, "communities": sorted_parts(parts), "modularity": modularity(g, parts, r)}
                for label, parts, r in given
            ],
            "louvain": louvain,
        }
    with open(os.path.join(HERE, "communities.json"), "w") as f:
        json.dump(out, f, separators=(",", ":"))
        f.write("\n")
    print(f"wrote communities.json for {len(out['graphs'])} graphs")


if __name__ == "__main__":
    main()
