"""The graphs every analytics fixture is computed on, shared by the fixture scripts.

Each graph is written to graphs/<name>.json as
  {"name": ..., "source": ..., "nodes": [{"id": "...", "sector": "..."}], "edges": [["u", "v", w], ...]}
Node ids are strings; edges are undirected with a positive weight (1 where the graph is unweighted).
Run `python3 graphs.py` to (re)write graphs/; the fixture scripts import `load_all()`.
"""
import json
import os
import random

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "graphs")
SECTORS = ["NONPROFIT", "GOVERNMENT", "BUSINESS", "PHILANTHROPY", "EDUCATION",
           "HEALTH", "COMMUNITY", "FAITH", "RESEARCH", "OTHER"]


def _relabel(g):
    return nx.relabel_nodes(g, {n: str(n) for n in g.nodes()})


def _with_sectors(g, seed):
    rng = random.Random(seed)
    for n in g.nodes():
        g.nodes[n].setdefault("sector", rng.choice(SECTORS))
    return g


def ci_network(n_orgs, seed):
    """A collective-impact-shaped organization network: sector clusters, working-group cliques, a backbone
    hub, some community-led orgs at the edge, a few isolates, and integer tie weights."""
    rng = random.Random(seed)
    g = nx.Graph()
    orgs = [f"o{i}" for i in range(n_orgs)]
    for o in orgs:
        g.add_node(o, sector=rng.choice(SECTORS))
    backbone = orgs[0]
    # working groups: small cliques of partners on one activity
    for _ in range(n_orgs // 4):
        members = rng.sample(orgs[1:], rng.randint(3, 6))
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                w = g[a][b]["weight"] + 1 if g.has_edge(a, b) else 1
                g.add_edge(a, b, weight=w)
    # preferential ties within sectors
    by_sector = {}
    for o in orgs[1:]:
        by_sector.setdefault(g.nodes[o]["sector"], []).append(o)
    for members in by_sector.values():
        for o in members:
            if rng.random() < 0.5 and len(members) > 1:
                p = rng.choice(members)
                if p != o:
                    g.add_edge(o, p, weight=g[o][p]["weight"] + 1 if g.has_edge(o, p) else 1)
    # the backbone convenes a sample of everyone
    for o in rng.sample(orgs[1:], max(1, n_orgs // 5)):
        g.add_edge(backbone, o, weight=g[backbone][o]["weight"] + 1 if g.has_edge(backbone, o) else 2)
    # a few organizations with no ties at all
    for o in rng.sample(orgs[1:], max(1, n_orgs // 100)):
        g.remove_edges_from(list(g.edges(o)))
    return g


def build():
    graphs = {}

    def add(name, g, source, weighted=False):
        g = _with_sectors(_relabel(g), len(graphs) + 1)
        if not weighted:
            for u, v in g.edges():
                g[u][v]["weight"] = 1
        graphs[name] = (g, source)

    add("empty", nx.empty_graph(0), "nx.empty_graph(0)")
    add("single_node", nx.empty_graph(1), "nx.empty_graph(1)")
    add("isolates_3", nx.empty_graph(3), "nx.empty_graph(3)")
    add("path_5", nx.path_graph(5), "nx.path_graph(5)")
    add("star_6", nx.star_graph(5), "nx.star_graph(5): a hub and 5 leaves")
    add("complete_5", nx.complete_graph(5), "nx.complete_graph(5) (K5)")
    add("cycle_6", nx.cycle_graph(6), "nx.cycle_graph(6)")
    two = nx.disjoint_union(nx.path_graph(4), nx.complete_graph(3))
    two.add_node(100)  # an isolate
    add("two_components_and_isolate", two, "P4 + K3 + one isolate")
    add("krackhardt_kite", nx.krackhardt_kite_graph(), "nx.krackhardt_kite_graph()")
    add("karate_club", nx.karate_club_graph(), "nx.karate_club_graph() (Zachary 1977), weights dropped")
    add("florentine_families", nx.florentine_families_graph(), "nx.florentine_families_graph() (Padgett)")
    add("barbell_5_2", nx.barbell_graph(5, 2), "nx.barbell_graph(5, 2): two K5 joined by a path (bridges)")
    w = nx.Graph()
    w.add_weighted_edges_from([(0, 1, 3), (1, 2, 1), (2, 3, 2), (0, 3, 5), (1, 3, 1), (3, 4, 4), (4, 5, 1), (6, 7, 2)])
    add("weighted_small", w, "hand-built weighted graph, two components", weighted=True)
    add("ci_network_2000", ci_network(2000, seed=7), "ci_network(2000, seed=7) in graphs.py", weighted=True)
    add("ci_network_500", ci_network(500, seed=11), "ci_network(500, seed=11) in graphs.py", weighted=True)
    return graphs


def write(graphs):
    os.makedirs(OUT, exist_ok=True)
    for name, (g, source) in graphs.items():
        doc = {
            "name": name,
            "source": source,
            "nodes": [{"id": n, "sector": g.nodes[n]["sector"]} for n in sorted(g.nodes())],
            "edges": [[u, v, g[u][v]["weight"]] for u, v in sorted(tuple(sorted(e)) for e in g.edges())],
        }
        with open(os.path.join(OUT, f"{name}.json"), "w") as f:
            json.dump(doc, f, separators=(",", ":"))
            f.write("\n")


def load_all():
    """The graphs as written in graphs/ (so fixture values match the files the C# tests read)."""
    graphs = {}
    for file in sorted(os.listdir(OUT)):
        with open(os.path.join(OUT, file)) as f:
            doc = json.load(f)
        g = nx.Graph()
        for node in doc["nodes"]:
            g.add_node(node["id"], sector=node["sector"])
        for u, v, w in doc["edges"]:
            g.add_edge(u, v, weight=w)
        graphs[doc["name"]] = g
    return graphs


if __name__ == "__main__":
    write(build())
    print(f"wrote {len(os.listdir(OUT))} graphs to {OUT}")
