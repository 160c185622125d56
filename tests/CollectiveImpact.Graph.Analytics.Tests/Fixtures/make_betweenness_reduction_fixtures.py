"""Expected betweenness on graphs built to exercise each reduction of exact betweenness, written to
betweenness_reductions.json.

Run `python3 make_betweenness_reduction_fixtures.py` from this folder. Every graph is built here (no file input):
its node ids, its edges with weights, and NetworkX's nx.betweenness_centrality for normalized in (True, False) and
weight in (None, "weight"). Integer weights keep equal path lengths exact, so the weighted reference does not depend
on rounding; one graph has fractional weights on purpose.
"""
import json
import os
import random

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "betweenness_reductions.json")


def weighted(g, seed, fractional=False):
    rng = random.Random(seed)
    for u, v in g.edges():
        g[u][v]["weight"] = round(rng.uniform(0.5, 3.0), 2) if fractional else rng.randint(1, 4)
    return g


def relabel(g):
    return nx.relabel_nodes(g, {v: str(v) for v in g.nodes()})


def long_pendant_trees():
    """A 5-cycle with a path of 8 hanging off one node and a depth-3 binary tree off another: folding peels them all."""
    g = nx.cycle_graph(5)
    previous = 0
    for i in range(8):
        g.add_edge(previous, f"p{i}")
        previous = f"p{i}"
    tree = nx.balanced_tree(2, 3)
    g.add_edges_from((f"t{u}", f"t{v}") for u, v in tree.edges())
    g.add_edge(2, "t0")
    return g


def stars_of_identical_leaves():
    """Two hubs on a 4-cycle with 6 and 4 leaves, and a K(2,6): 6 nodes with the same two neighbours."""
    g = nx.cycle_graph(4)
    g.add_edges_from((0, f"a{i}") for i in range(6))
    g.add_edges_from((2, f"b{i}") for i in range(4))
    g.add_edges_from(("h1", f"k{i}") for i in range(6))
    g.add_edges_from(("h2", f"k{i}") for i in range(6))
    g.add_edge(1, "h1")
    return g


def chain_of_blocks():
    """K4, a 5-cycle, a triangle and a 4-cycle in a chain, each sharing one cut vertex with the next, plus pendants."""
    g = nx.Graph()
    g.add_edges_from(nx.complete_graph(["a", "b", "c", "d"]).edges())
    g.add_edges_from([("d", "e"), ("e", "f"), ("f", "g"), ("g", "h"), ("h", "d")])
    g.add_edges_from([("g", "i"), ("i", "j"), ("j", "g")])
    g.add_edges_from([("j", "k"), ("k", "l"), ("l", "m"), ("m", "j")])
    g.add_edges_from([("a", "x1"), ("l", "x2"), ("x2", "x3")])
    return g


def disconnected_pieces():
    """A tree, a single edge, an isolate, a triangle with a pendant path, and a 6-cycle with a star on it."""
    g = nx.Graph()
    g.add_edges_from((f"t{u}", f"t{v}") for u, v in nx.random_labeled_tree(12, seed=3).edges())
    g.add_edge("e0", "e1")
    g.add_node("iso")
    g.add_edges_from([("r0", "r1"), ("r1", "r2"), ("r2", "r0"), ("r2", "r3"), ("r3", "r4")])
    g.add_edges_from((f"c{i}", f"c{(i + 1) % 6}") for i in range(6))
    g.add_edges_from(("c0", f"s{i}") for i in range(5))
    return g


def tree_only():
    """A random tree of 40 nodes: folding leaves one root and the answer is all tree terms."""
    return nx.random_labeled_tree(40, seed=11)


def nothing_reduces():
    """The Petersen graph: 3-regular, no pendant, no twins, one block."""
    return nx.petersen_graph()


def initiative_like():
    """30 organizations on a sparse random graph, each with 0-6 people of whom some also tie to a second one."""
    rng = random.Random(5)
    g = nx.gnm_random_graph(30, 55, seed=5)
    g = nx.relabel_nodes(g, {v: f"o{v}" for v in g.nodes()})
    person = 0
    for o in range(30):
        for _ in range(rng.randint(0, 6)):
            g.add_edge(f"o{o}", f"p{person}")
            other = rng.randrange(30)
            if rng.random() < 0.15 and other != o:
                g.add_edge(f"p{person}", f"o{other}")
            person += 1
    return g


def colleagues_across_organizations():
    """12 organizations on a ring with chords, 5 people each, every person tied to their organization
    and to one or two colleagues or people of other organizations, as the generator makes them: many vertices of degree
    2 and 3 whose neighbours are at equal distance from far targets (ties between the neighbours' path counts)."""
    rng = random.Random(7)
    g = nx.cycle_graph([f"o{i}" for i in range(12)])
    g.add_edges_from([("o0", "o6"), ("o3", "o9"), ("o1", "o7")])
    people = [(o, f"p{o}_{k}") for o in range(12) for k in range(5)]
    for o, p in people:
        g.add_edge(f"o{o}", p)
    for o, p in people:
        for _ in range(rng.choice([1, 1, 2])):
            other = rng.choice(people)[1] if rng.random() < 0.5 else f"p{o}_{rng.randrange(5)}"
            if other != p:
                g.add_edge(p, other)
    return g


def ladders_and_even_cycles():
    """Equal distances everywhere: a 2 x 9 ladder (degree 3), an 8-cycle (degree 2, each vertex's
    two neighbours tie on the far side) sharing a vertex with it, and a K(2,9) hanging off the ladder by both hubs: nine
    vertices with the same two neighbours."""
    g = nx.ladder_graph(9)
    g = nx.relabel_nodes(g, {v: f"l{v}" for v in g.nodes()})
    g.add_edges_from((f"c{i}", f"c{(i + 1) % 8}") for i in range(8))
    g.add_edge("c0", "l0")
    g.add_edge("c4", "l17")
    g.add_edges_from((h, f"k{i}") for h in ("l4", "l13") for i in range(9))
    return g


BUILDERS = [
    ("long_pendant_trees", long_pendant_trees, False),
    ("stars_of_identical_leaves", stars_of_identical_leaves, False),
    ("chain_of_blocks", chain_of_blocks, False),
    ("disconnected_pieces", disconnected_pieces, False),
    ("tree_only", tree_only, False),
    ("nothing_reduces", nothing_reduces, False),
    ("initiative_like", initiative_like, False),
    ("initiative_like_fractional", initiative_like, True),
    ("colleagues_across_organizations", colleagues_across_organizations, False),
    ("ladders_and_even_cycles", ladders_and_even_cycles, False),
]


def main():
    doc = {
        "generator": "make_betweenness_reduction_fixtures.py",
        "networkx": nx.__version__,
        "call": "nx.betweenness_centrality(G, normalized=..., weight=...)",
        "graphs": {},
    }
    for seed, (name, build, fractional) in enumerate(BUILDERS):
        g = relabel(weighted(build(), seed, fractional))
        g.remove_edges_from(nx.selfloop_edges(g))
        entry = {
            "nodes": sorted(g.nodes()),
            "edges": [[u, v, g[u][v]["weight"]] for u, v in sorted(g.edges())],
            "betweenness": [],
        }
        for normalized in (True, False):
            for weight in (None, "weight"):
                scores = nx.betweenness_centrality(g, normalized=normalized, weight=weight)
                entry["betweenness"].append(
                    {"normalized": normalized, "weighted": weight is not None, "scores": dict(sorted(scores.items()))})
        doc["graphs"][name] = entry
    with open(OUT, "w") as f:
        json.dump(doc, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
