"""NetworkX reference values for the sample as of several dates, written to sample_asof.json.

Run `python3 make_asof_fixtures.py` from this folder. Independently of the C# code, it applies network-format.md's
Time rule to samples/riverbend-thrives.network.json (a tie counts when since <= d <= until, an activity when
start <= d <= end, an organization or person when since <= d <= until, all inclusive, a missing bound open; what does
not count is no node and nothing attached to it counts: its ties, its place as lead or partner, a person's
membership) and builds the FULL and ORGANIZATIONS projections as network-format.md, "Projections", defines them.
Then NetworkX 3.x: per node betweenness (normalized), closeness and local clustering; per graph nodes, edges,
components, density, transitivity and the average shortest path of the largest component.
"""
import json
import os

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(HERE, "..", "..", "..", "samples", "riverbend-thrives.network.json")
OUT = os.path.join(HERE, "sample_asof.json")
DATES = ["2018-06-30", "2021-03-01", "2024-12-31", "2026-06-30"]


def counts(item, d, start="since", end="until"):
    return (item.get(start) is None or item[start] <= d) and (item.get(end) is None or d <= item[end])


def as_of(doc, d):
    orgs = [o for o in doc["organizations"] if counts(o, d)]
    org_ids = {o["id"] for o in orgs}
    people = [dict(p, organization=p.get("organization") if p.get("organization") in org_ids else None)
              for p in doc.get("people", []) if counts(p, d)]
    activities = [dict(a, partners=[p for p in a.get("partners", []) if p in org_ids])
                  for a in doc.get("activities", []) if counts(a, d, "start", "end") and a["lead"] in org_ids]
    nodes = org_ids | {p["id"] for p in people} | {a["id"] for a in activities}
    ties = [t for t in doc.get("ties", []) if counts(t, d) and t["from"] in nodes and t["to"] in nodes]
    return orgs, people, activities, ties


def full(doc, d):
    orgs, people, activities, ties = as_of(doc, d)
    g = nx.Graph()
    g.add_nodes_from(x["id"] for x in doc["goals"] + doc["indicators"] + orgs + people + activities)
    for t in ties:
        g.add_edge(t["from"], t["to"])
    for p in people:
        if p["organization"]:
            g.add_edge(p["id"], p["organization"])
    for a in activities:
        for o in [a["lead"]] + a["partners"]:
            g.add_edge(a["id"], o)
        for i in a.get("indicators", []):
            g.add_edge(a["id"], i)
    for i in doc["indicators"]:
        g.add_edge(i["id"], i["goal"])
    for o in orgs:
        for goal in o.get("goals", []):
            g.add_edge(o["id"], goal)
    g.remove_edges_from(nx.selfloop_edges(g))
    return g


def organizations(doc, d):
    orgs, people, activities, ties = as_of(doc, d)
    org_ids = {o["id"] for o in orgs}
    member = {p["id"]: p["organization"] for p in people}
    g = nx.Graph()
    g.add_nodes_from(o["id"] for o in orgs)
    for t in ties:
        a, b = t["from"], t["to"]
        if a in org_ids and b in org_ids:
            g.add_edge(a, b)
        elif a in member and b in member and member[a] and member[b]:
            g.add_edge(member[a], member[b])
    for act in activities:
        involved = sorted(set([act["lead"]] + act["partners"]))
        for i, x in enumerate(involved):
            for y in involved[i + 1:]:
                g.add_edge(x, y)
    g.remove_edges_from(nx.selfloop_edges(g))
    return g


def figures(g):
    largest = g.subgraph(max(nx.connected_components(g), key=len)) if g.number_of_nodes() else g
    return {
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "components": nx.number_connected_components(g),
        "density": nx.density(g),
        "transitivity": nx.transitivity(g),
        "average_shortest_path": nx.average_shortest_path_length(largest) if largest.number_of_nodes() > 1 else 0.0,
        "betweenness": nx.betweenness_centrality(g),
        "closeness": nx.closeness_centrality(g),
        "clustering": nx.clustering(g),
    }


def main():
    with open(SAMPLE, encoding="utf-8") as f:
        doc = json.load(f)
    out = {"generator": "make_asof_fixtures.py", "networkx": nx.__version__, "dates": {}}
    for d in DATES:
        out["dates"][d] = {"FULL": figures(full(doc, d)), "ORGANIZATIONS": figures(organizations(doc, d))}
        print(d, {k: (v["nodes"], v["edges"]) for k, v in out["dates"][d].items()})
    with open(OUT, "w") as f:
        json.dump(out, f, separators=(",", ":"))
        f.write("\n")


if __name__ == "__main__":
    main()
