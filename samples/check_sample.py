#!/usr/bin/env python3
"""Checks samples/riverbend-thrives.network.json against the spec, independently of the C# code.

1. Every rule of /work/shared/spec/network-format.md: format id, one id space, required fields, enums,
   dates, references and the kinds they point at, tie ends and directions, no duplicate ties or
   measurements, property order as in the spec's example.
2. Every planted case of /work/shared/spec/analyses.md §2-5, computed straight from the definitions with
   plain Python (networkx only for the ORGANIZATIONS projection's paths), as of 2026-11-26 with
   staleAfterDays 365.
3. That the file is what make_sample.py writes today (so the generator and the file never drift).

Prints a summary; exits 1 with every problem listed when anything fails.   Run: python3 samples/check_sample.py
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
import re
import sys
from collections import Counter, defaultdict

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "riverbend-thrives.network.json")
AS_OF = dt.date(2026, 11, 26)
STALE_AFTER_DAYS = 365
MIN_SIMILARITY = 0.5

SECTORS = {"NONPROFIT", "GOVERNMENT", "BUSINESS", "PHILANTHROPY", "EDUCATION", "HEALTH", "COMMUNITY", "FAITH",
           "RESEARCH", "OTHER"}
DIRECTIONS = {"INCREASE", "DECREASE"}
STATUSES = {"PLANNED", "ACTIVE", "COMPLETED"}
# type -> (allowed (from kind, to kind) pairs, directed)
TIE_RULES = {
    "COLLABORATES": ({("organization", "organization")}, False),
    "COMMUNICATES": ({("organization", "organization"), ("person", "person")}, False),
    "FUNDS": ({("organization", "organization"), ("organization", "activity")}, True),
    "REFERS": ({("organization", "organization")}, True),
    "SHARES_DATA": ({("organization", "organization")}, True),
    "FEEDS_INTO": ({("activity", "activity")}, True),
}
# property order of the spec's example, per section
ORDER = {
    "initiative": ["id", "name", "backbone", "description"],
    "goals": ["id", "name", "description"],
    "indicators": ["id", "name", "goal", "unit", "direction", "baseline", "target"],
    "measurements": ["indicator", "date", "value", "reportedBy"],
    "organizations": ["id", "name", "sector", "communityLed", "goals"],
    "people": ["id", "name", "organization", "role", "email", "communityMember"],
    "activities": ["id", "name", "lead", "partners", "indicators", "populations", "places", "status", "start",
                   "end"],
    "ties": ["from", "to", "type", "weight", "since", "until"],
}
KIND_OF_SECTION = {"goals": "goal", "indicators": "indicator", "organizations": "organization",
                   "people": "person", "activities": "activity"}
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

problems: list[str] = []


def problem(path: str, why: str) -> None:
    problems.append(f"{path}: {why}")


def parse_date(path: str, value) -> dt.date | None:
    if not isinstance(value, str) or not DATE_RE.match(value):
        problem(path, f"malformed date {value!r} (want YYYY-MM-DD)")
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        problem(path, f"impossible date {value!r}")
        return None


def is_number(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def nonempty_str(v) -> bool:
    return isinstance(v, str) and v.strip() != ""


# ---------------------------------------------------------------------------------------------------
# 1. The format's rules
# ---------------------------------------------------------------------------------------------------
def validate(doc: dict) -> dict[str, str]:
    """Checks every rule; returns id -> kind."""
    if doc.get("format") != "collective-impact-network/1":
        problem("$.format", f"is {doc.get('format')!r}, want 'collective-impact-network/1'")
    known_top = {"format", "initiative", *ORDER} - {"initiative"} | {"initiative"}
    for k in doc:
        if k not in known_top:
            problem(f"$.{k}", "unknown section")

    kind_of: dict[str, str] = {}

    def check_keys(path: str, section: str, obj) -> bool:
        if not isinstance(obj, dict):
            problem(path, "is not an object")
            return False
        keys = list(obj)
        unknown = [k for k in keys if k not in ORDER[section]]
        for k in unknown:
            problem(f"{path}.{k}", "unknown property")
        known = [k for k in keys if k in ORDER[section]]
        if known != sorted(known, key=ORDER[section].index):
            problem(path, f"properties out of the spec's order: {known}")
        return True

    def register(path: str, obj: dict, kind: str) -> None:
        for f in ("id", "name"):
            if not nonempty_str(obj.get(f)):
                problem(f"{path}.{f}", "required string is missing or empty")
        oid = obj.get("id")
        if isinstance(oid, str):
            if oid in kind_of:
                problem(f"{path}.id", f"duplicate id {oid!r} (already a {kind_of[oid]})")
            else:
                kind_of[oid] = kind

    ini = doc.get("initiative")
    if check_keys("$.initiative", "initiative", ini):
        register("$.initiative", ini, "initiative")
    sections = {s: doc.get(s, []) for s in ORDER if s != "initiative"}
    for s, items in sections.items():
        if not isinstance(items, list):
            problem(f"$.{s}", "is not a list")
            sections[s] = []
            continue
        for i, obj in enumerate(items):
            if check_keys(f"$.{s}[{i}]", s, obj) and s in KIND_OF_SECTION:
                register(f"$.{s}[{i}]", obj, KIND_OF_SECTION[s])

    def ref(path: str, value, kind: str, required: bool) -> None:
        if value is None:
            if required:
                problem(path, f"required reference to a {kind} is missing")
            return
        if not isinstance(value, str):
            problem(path, f"reference {value!r} is not a string")
        elif value not in kind_of:
            problem(path, f"refers to {value!r}, which does not exist")
        elif kind_of[value] != kind:
            problem(path, f"refers to {value!r}, a {kind_of[value]}, not a {kind}")

    def ref_list(path: str, values, kind: str) -> list:
        if values is None:
            return []
        if not isinstance(values, list):
            problem(path, "is not a list")
            return []
        for j, v in enumerate(values):
            ref(f"{path}[{j}]", v, kind, True)
        for v, n in Counter(v for v in values if isinstance(v, str)).items():
            if n > 1:
                problem(path, f"lists {v!r} {n} times")
        return values

    def str_list(path: str, values) -> None:
        if values is None:
            return
        if not isinstance(values, list) or not all(nonempty_str(v) for v in values):
            problem(path, "is not a list of non-empty strings")
        elif len(set(values)) != len(values):
            problem(path, "has duplicates")

    if isinstance(ini, dict):
        ref("$.initiative.backbone", ini.get("backbone"), "organization", False)

    for i, g in enumerate(sections["goals"]):
        if "description" in g and not isinstance(g["description"], (str, type(None))):
            problem(f"$.goals[{i}].description", "is not a string")

    for i, ind in enumerate(sections["indicators"]):
        p = f"$.indicators[{i}]"
        ref(f"{p}.goal", ind.get("goal"), "goal", True)
        if "direction" in ind and ind["direction"] not in DIRECTIONS:
            problem(f"{p}.direction", f"unknown value {ind['direction']!r}")
        if "unit" in ind and not isinstance(ind["unit"], (str, type(None))):
            problem(f"{p}.unit", "is not a string")
        for f in ("baseline", "target"):
            dv = ind.get(f)
            if dv is None:
                continue
            if not isinstance(dv, dict) or set(dv) - {"value", "date"}:
                problem(f"{p}.{f}", "is not an object of value and date")
                continue
            if not is_number(dv.get("value")):
                problem(f"{p}.{f}.value", "is not a number")
            if dv.get("date") is not None:
                parse_date(f"{p}.{f}.date", dv["date"])
        b, t = ind.get("baseline"), ind.get("target")
        if b and t and b.get("date") and t.get("date") and b["date"] >= t["date"]:
            problem(p, "baseline date is not before target date")

    seen_measurements: set = set()
    for i, m in enumerate(sections["measurements"]):
        p = f"$.measurements[{i}]"
        ref(f"{p}.indicator", m.get("indicator"), "indicator", True)
        if "date" not in m:
            problem(f"{p}.date", "required")
        else:
            parse_date(f"{p}.date", m["date"])
        if not is_number(m.get("value")):
            problem(f"{p}.value", "required number is missing or not a number")
        ref(f"{p}.reportedBy", m.get("reportedBy"), "organization", False)
        key = (m.get("indicator"), m.get("date"))
        if key in seen_measurements:
            problem(p, f"duplicate measurement for {key}")
        seen_measurements.add(key)

    for i, o in enumerate(sections["organizations"]):
        p = f"$.organizations[{i}]"
        if "sector" in o and o["sector"] is not None and o["sector"] not in SECTORS:
            problem(f"{p}.sector", f"unknown value {o['sector']!r}")
        if "communityLed" in o and not isinstance(o["communityLed"], bool):
            problem(f"{p}.communityLed", "is not a boolean")
        ref_list(f"{p}.goals", o.get("goals"), "goal")

    emails = Counter()
    for i, pe in enumerate(sections["people"]):
        p = f"$.people[{i}]"
        ref(f"{p}.organization", pe.get("organization"), "organization", False)
        if "communityMember" in pe and not isinstance(pe["communityMember"], bool):
            problem(f"{p}.communityMember", "is not a boolean")
        email = pe.get("email")
        if email is not None:
            if not isinstance(email, str) or not re.match(r"^[a-z0-9.]+@[a-z0-9.-]+\.example$", email):
                problem(f"{p}.email", f"{email!r} is not an address at an invented .example domain")
            emails[email] += 1
    for e, n in emails.items():
        if n > 1:
            problem("$.people", f"email {e!r} used {n} times")

    for i, a in enumerate(sections["activities"]):
        p = f"$.activities[{i}]"
        ref(f"{p}.lead", a.get("lead"), "organization", True)
        partners = ref_list(f"{p}.partners", a.get("partners"), "organization")
        if a.get("lead") in partners:
            problem(f"{p}.partners", "lists the lead as a partner")
        ref_list(f"{p}.indicators", a.get("indicators"), "indicator")
        str_list(f"{p}.populations", a.get("populations"))
        str_list(f"{p}.places", a.get("places"))
        if a.get("status") is not None and a["status"] not in STATUSES:
            problem(f"{p}.status", f"unknown value {a['status']!r}")
        start = parse_date(f"{p}.start", a["start"]) if a.get("start") is not None else None
        end = parse_date(f"{p}.end", a["end"]) if a.get("end") is not None else None
        if start and end and end < start:
            problem(p, "ends before it starts")

    seen_ties: set = set()
    for i, t in enumerate(sections["ties"]):
        p = f"$.ties[{i}]"
        typ = t.get("type")
        for f in ("from", "to", "type"):
            if f not in t:
                problem(f"{p}.{f}", "required")
        if typ not in TIE_RULES:
            problem(f"{p}.type", f"unknown value {typ!r}")
            continue
        allowed, directed = TIE_RULES[typ]
        frm, to = t.get("from"), t.get("to")
        if frm not in kind_of or to not in kind_of:
            for f, v in (("from", frm), ("to", to)):
                if v not in kind_of:
                    problem(f"{p}.{f}", f"refers to {v!r}, which does not exist")
            continue
        ends = (kind_of[frm], kind_of[to])
        if ends not in allowed and (directed or (ends[1], ends[0]) not in allowed):
            problem(p, f"{typ} cannot join a {ends[0]} to a {ends[1]}")
        if frm == to:
            problem(p, "ties a node to itself")
        if "weight" in t and t["weight"] is not None and not is_number(t["weight"]):
            problem(f"{p}.weight", "is not a number")
        since = parse_date(f"{p}.since", t["since"]) if t.get("since") is not None else None
        until = parse_date(f"{p}.until", t["until"]) if t.get("until") is not None else None
        if since and until and until < since:
            problem(p, "ends before it starts")
        key = (frm, to, typ) if directed else (min(frm, to), max(frm, to), typ)
        if key in seen_ties:
            problem(p, f"duplicate tie {key}")
        seen_ties.add(key)
    return kind_of


# ---------------------------------------------------------------------------------------------------
# 2. The analyses' definitions
# ---------------------------------------------------------------------------------------------------
def organizations_projection(doc: dict, kind_of: dict[str, str]) -> nx.Graph:
    g = nx.Graph()
    g.add_nodes_from(o["id"] for o in doc["organizations"])
    org_of = {p["id"]: p.get("organization") for p in doc["people"]}

    def join(a, b):
        if a and b and a != b:
            g.add_edge(a, b)

    for t in doc["ties"]:
        a, b = t["from"], t["to"]
        if kind_of[a] == "organization" and kind_of[b] == "organization":
            join(a, b)
        elif kind_of[a] == "person" and kind_of[b] == "person":
            join(org_of[a], org_of[b])
    for act in doc["activities"]:
        for a, b in itertools.combinations([act["lead"], *act.get("partners", [])], 2):
            join(a, b)
    return g


def latest(ms: list[dict]) -> dict | None:
    return max(ms, key=lambda m: m["date"]) if ms else None


def off_track(ind: dict, m: dict) -> tuple[bool, float]:
    b, t = ind["baseline"], ind["target"]
    b0, t0, when = (dt.date.fromisoformat(x) for x in (b["date"], t["date"], m["date"]))
    expected = b["value"] + (t["value"] - b["value"]) * (when - b0).days / (t0 - b0).days
    behind = m["value"] < expected if ind.get("direction", "INCREASE") == "INCREASE" else m["value"] > expected
    return behind, expected


def shares_where_both_list(a: list, b: list) -> bool:
    return not a or not b or bool(set(a) & set(b))


def analyse(doc: dict, kind_of: dict[str, str]) -> dict:
    out: dict = {}
    goals = [g["id"] for g in doc["goals"]]
    inds = {i["id"]: i for i in doc["indicators"]}
    acts = {a["id"]: a for a in doc["activities"]}
    orgs = {o["id"]: o for o in doc["organizations"]}
    backbone = doc["initiative"]["backbone"]
    by_ind = defaultdict(list)
    for m in doc["measurements"]:
        by_ind[m["indicator"]].append(m)
    proj = organizations_projection(doc, kind_of)
    out["projection"] = proj
    feeds = {(t["from"], t["to"]) for t in doc["ties"] if t["type"] == "FEEDS_INTO"}

    # §2 gaps
    measured_goals = {i["goal"] for i in inds.values()}
    moved = {i for a in acts.values() for i in a.get("indicators", [])}
    committed = {g for o in orgs.values() for g in o.get("goals", [])}
    involved = {a["lead"] for a in acts.values()} | {p for a in acts.values() for p in a.get("partners", [])}
    window_start = AS_OF - dt.timedelta(days=STALE_AFTER_DAYS)
    out["GOAL_WITHOUT_INDICATOR"] = [g for g in goals if g not in measured_goals]
    out["INDICATOR_WITHOUT_ACTIVITY"] = [i for i in inds if i not in moved]
    out["INDICATOR_WITHOUT_RECENT_DATA"] = [
        i for i in inds
        if not any(window_start <= dt.date.fromisoformat(m["date"]) <= AS_OF for m in by_ind[i])]
    out["INDICATOR_OFF_TRACK"] = []
    out["on_track"] = []
    for i, ind in inds.items():
        m = latest(by_ind[i])
        if m is None or not ind.get("baseline") or not ind.get("target"):
            continue
        behind, expected = off_track(ind, m)
        (out["INDICATOR_OFF_TRACK"] if behind else out["on_track"]).append(
            (i, m["date"], m["value"], round(expected, 2), ind.get("direction", "INCREASE")))
    out["ACTIVITY_OFF_AGENDA"] = [a for a, x in acts.items() if not x.get("indicators")]
    out["ORGANIZATION_WITHOUT_ACTIVITY"] = [o for o in orgs if o not in involved and o != backbone]
    out["ISOLATED_ORGANIZATION"] = [o for o in orgs if proj.degree(o) == 0]
    out["GOAL_WITHOUT_COMMITMENT"] = [g for g in goals if g not in committed]

    # §3 overlap
    out["COORDINATED"], out["UNCOORDINATED"] = [], []
    for a, b in itertools.combinations(acts.values(), 2):
        if a["lead"] == b["lead"]:
            continue
        ia, ib = set(a.get("indicators", [])), set(b.get("indicators", []))
        if not ia | ib or len(ia & ib) / len(ia | ib) < MIN_SIMILARITY:
            continue
        pa, pb = a.get("populations", []), b.get("populations", [])
        la, lb = a.get("places", []), b.get("places", [])
        if not (shares_where_both_list(pa, pb) and shares_where_both_list(la, lb)):
            continue
        coordinated = (proj.has_edge(a["lead"], b["lead"]) or (a["id"], b["id"]) in feeds
                       or (b["id"], a["id"]) in feeds
                       or bool(set(a.get("partners", [])) & set(b.get("partners", []))))
        out["COORDINATED" if coordinated else "UNCOORDINATED"].append(
            (a["id"], b["id"], round(len(ia & ib) / len(ia | ib), 2)))

    # §4 reinforcement
    goal_of = {i: x["goal"] for i, x in inds.items()}
    out["reinforcement"] = {}
    all_pairs = reinforced_all = 0
    for g in goals:
        contributing = sorted(a for a, x in acts.items() if any(goal_of[i] == g for i in x.get("indicators", [])))
        pairs = reinforced = 0
        unreinforced = []
        for a, b in itertools.combinations(contributing, 2):
            if acts[a]["lead"] == acts[b]["lead"]:
                continue
            pairs += 1
            if (a, b) in feeds or (b, a) in feeds or proj.has_edge(acts[a]["lead"], acts[b]["lead"]):
                reinforced += 1
            else:
                unreinforced.append((a, b))
        out["reinforcement"][g] = (len(contributing), pairs, reinforced, unreinforced)
        all_pairs += pairs
        reinforced_all += reinforced
    out["reinforcement_index"] = reinforced_all / all_pairs if all_pairs else None
    fg = nx.DiGraph(list(feeds))
    out["feeds_acyclic"] = nx.is_directed_acyclic_graph(fg)
    sources = [n for n in fg if fg.in_degree(n) == 0]
    sinks = [n for n in fg if fg.out_degree(n) == 0]
    out["pipelines"] = sorted((p for s in sources for t in sinks for p in nx.all_simple_paths(fg, s, t)),
                              key=lambda p: (-len(p), p))

    # §5 brokerage
    involved_in = defaultdict(list)
    for a in acts.values():
        for o in [a["lead"], *a.get("partners", [])]:
            involved_in[o].append(a)

    def reach(o):
        ind_set = {i for a in involved_in[o] for i in a.get("indicators", [])}
        goal_set = set(orgs[o].get("goals", [])) | {goal_of[i] for i in ind_set}
        pops = {p for a in involved_in[o] for p in a.get("populations", [])}
        places = {p for a in involved_in[o] for p in a.get("places", [])}
        return goal_set, ind_set, pops, places

    reached = {o: reach(o) for o in orgs}
    dist = dict(nx.all_pairs_shortest_path_length(proj))
    out["brokerage_candidates"] = 0
    out["strong_brokerage"] = []
    for a, b in itertools.combinations(sorted(orgs), 2):
        if proj.has_edge(a, b):
            continue
        ga, ia, pa, _ = reached[a]
        gb, ib, pb, _ = reached[b]
        if not ga & gb:
            continue
        out["brokerage_candidates"] += 1
        d = dist[a].get(b)
        if len(ia & ib) >= 2 and pa & pb and (d is None or d >= 4):
            out["strong_brokerage"].append((a, b, d, sorted(ia & ib), sorted(pa & pb)))
    return out


# ---------------------------------------------------------------------------------------------------
# 3. Report
# ---------------------------------------------------------------------------------------------------
PLANTED = {  # the cases make_sample.py plants on purpose; each must be among those found
    "GOAL_WITHOUT_INDICATOR": ["g-safe-connected-neighbourhoods"],
    "INDICATOR_WITHOUT_ACTIVITY": ["i-child-dental-decay"],
    "INDICATOR_WITHOUT_RECENT_DATA": ["i-early-development-on-track", "i-tertiary-enrolment"],
    "INDICATOR_OFF_TRACK": ["i-school-attendance-prep-3", "i-chronic-absence-secondary",
                            "i-families-in-housing-stress"],
    "ACTIVITY_OFF_AGENDA": ["a-data-working-group", "a-partner-breakfasts", "a-family-fun-day",
                            "a-community-pantry"],
    "ORGANIZATION_WITHOUT_ACTIVITY": ["o-south-ferry-logistics", "o-hallam-family-trust",
                                      "o-ironbark-quarries-foundation"],
    "ISOLATED_ORGANIZATION": ["o-south-ferry-logistics"],
    "GOAL_WITHOUT_COMMITMENT": ["g-safe-connected-neighbourhoods"],
}
PLANTED_PAIRS = {
    "COORDINATED": ("a-kindy-transition-eastbank", "a-starting-school-eastbank"),
    "UNCOORDINATED": ("a-after-school-reading-club", "a-st-marks-homework-club"),
}
PLANTED_UNREINFORCED = ("g-reading-by-year-3", ("a-after-school-reading-club", "a-st-marks-homework-club"))
PLANTED_BROKERAGE = ("o-child-family-health", "o-first-nations-elders")
PERIPHERAL_COMMUNITY_LED = ["o-first-nations-elders", "o-millbrook-residents", "o-kingfisher-tenants"]


def main() -> int:
    with open(PATH, encoding="utf-8") as f:
        text = f.read()
    doc = json.loads(text)

    sys.path.insert(0, HERE)
    import make_sample  # noqa: E402  (the generator, to prove the file is its output)
    if make_sample.render(make_sample.build()) != text:
        problem(PATH, "differs from what make_sample.py writes; run python3 samples/make_sample.py")

    kind_of = validate(doc)
    if problems:
        print("\n".join(problems))
        print(f"FAILED: {len(problems)} rule problem(s)")
        return 1

    # realism checks (the brief's shape)
    n = {s: len(doc[s]) for s in ORDER if s != "initiative"}
    sectors = Counter(o["sector"] for o in doc["organizations"])
    tie_types = Counter(t["type"] for t in doc["ties"])
    ends = Counter((t["type"], kind_of[t["from"]], kind_of[t["to"]]) for t in doc["ties"])
    if set(sectors) != SECTORS:
        problem("$.organizations", f"sectors missing: {sorted(SECTORS - set(sectors))}")
    for typ in TIE_RULES:
        for (f, t) in TIE_RULES[typ][0]:
            if ends[(typ, f, t)] == 0:
                problem("$.ties", f"no {typ} tie from a {f} to a {t}")
    if max(m["date"] for m in doc["measurements"]) > AS_OF.isoformat():
        problem("$.measurements", "a measurement lies after the as-of date")
    for status in STATUSES:
        if not any(a.get("status") == status for a in doc["activities"]):
            problem("$.activities", f"no {status} activity")
    community_led = [o["id"] for o in doc["organizations"] if o.get("communityLed")]

    res = analyse(doc, kind_of)
    proj: nx.Graph = res["projection"]
    for kind, expected in PLANTED.items():
        found = [row[0] if isinstance(row, tuple) else row for row in res[kind]]
        missing = [x for x in expected if x not in found]
        if missing:
            problem(kind, f"planted {missing} not found (found {res[kind]})")
    for kind, pair in PLANTED_PAIRS.items():
        if not any(set(pair) == {a, b} for a, b, _ in res[kind]):
            problem(kind, f"planted pair {pair} not found")
    g, pair = PLANTED_UNREINFORCED
    if not any(set(pair) == set(p) for p in res["reinforcement"][g][3]):
        problem("reinforcement", f"planted unreinforced pair {pair} in {g} not found")
    if not any({a, b} == set(PLANTED_BROKERAGE) for a, b, *_ in res["strong_brokerage"]):
        problem("brokerage", f"planted strong candidate {PLANTED_BROKERAGE} not found")
    if not res["feeds_acyclic"] or not any(len(p) >= 4 for p in res["pipelines"]):
        problem("FEEDS_INTO", "pipelines missing or cyclic")
    if len(res["INDICATOR_OFF_TRACK"]) * 2 >= len(doc["indicators"]):
        problem("INDICATOR_OFF_TRACK", "most indicators should be on track")
    degrees = sorted(((proj.degree(o), o) for o in proj), reverse=True)
    if degrees[0][1] != doc["initiative"]["backbone"]:
        problem("projection", f"the backbone should convene the most partners; top is {degrees[0]}")
    largest = max(nx.connected_components(proj), key=len)
    if len(largest) < 0.9 * len(proj):
        problem("projection", f"largest component holds only {len(largest)} of {len(proj)} organizations")
    for o in PERIPHERAL_COMMUNITY_LED:
        if o not in community_led or proj.degree(o) > 2:
            problem("projection", f"{o} should be a community-led group at the edge (degree {proj.degree(o)})")

    # --- summary ---
    print(f"{PATH}")
    print(f"format {doc['format']}, initiative {doc['initiative']['id']!r} ({doc['initiative']['name']}), "
          f"backbone {doc['initiative']['backbone']}")
    print("counts: " + ", ".join(f"{k} {v}" for k, v in n.items()))
    print(f"  organizations by sector: {dict(sorted(sectors.items(), key=lambda x: -x[1]))}; "
          f"community-led {len(community_led)}")
    print(f"  people: {sum(p.get('communityMember', False) for p in doc['people'])} community members")
    print(f"  activities by status: {dict(Counter(a['status'] for a in doc['activities']))}; working groups: "
          f"{[a['id'] for a in doc['activities'] if 'working-group' in a['id']]}")
    print(f"  ties by type: {dict(tie_types)}")
    print(f"  ties by ends: " + ", ".join(f"{t} {f}->{to} {c}" for (t, f, to), c in sorted(ends.items())))
    print(f"ORGANIZATIONS projection: {proj.number_of_nodes()} nodes, {proj.number_of_edges()} edges, density "
          f"{nx.density(proj):.3f}, {nx.number_connected_components(proj)} components; top degree "
          f"{degrees[:3]}")
    print(f"  community-led degrees: {sorted((proj.degree(o), o) for o in community_led)}")
    print(f"as of {AS_OF}, staleAfterDays {STALE_AFTER_DAYS}:")
    for kind in PLANTED:
        rows = res[kind]
        print(f"  {kind} ({len(rows)}): {rows}")
    print(f"  on track ({len(res['on_track'])} of {len(res['on_track']) + len(res['INDICATOR_OFF_TRACK'])} "
          f"with data)")
    for kind in ("COORDINATED", "UNCOORDINATED"):
        print(f"  overlap {kind} ({len(res[kind])}): {res[kind]}")
    print(f"  reinforcement index (initiative) {res['reinforcement_index']:.3f}")
    for g, (n_act, pairs, reinforced, unreinforced) in res["reinforcement"].items():
        idx = f"{reinforced / pairs:.3f}" if pairs else "null"
        print(f"    {g}: {n_act} activities, {pairs} pairs, index {idx}, {len(unreinforced)} unreinforced")
    print(f"    planted unreinforced pair in {PLANTED_UNREINFORCED[0]}: {PLANTED_UNREINFORCED[1]}")
    print("  FEEDS_INTO pipelines (maximal):")
    for p in res["pipelines"]:
        print("    " + " -> ".join(p))
    print(f"  brokerage: {res['brokerage_candidates']} candidate pairs; strong (>=2 shared indicators, a shared "
          f"population, distance >=4 or none) {len(res['strong_brokerage'])}:")
    for row in res["strong_brokerage"]:
        print(f"    {row}")
    path = nx.shortest_path(proj, *PLANTED_BROKERAGE)
    print(f"    planted {PLANTED_BROKERAGE}: path {' - '.join(path)}")

    if problems:
        print("\n".join(problems))
        print(f"FAILED: {len(problems)} problem(s)")
        return 1
    print("OK: every rule holds and every planted case is present")
    return 0


if __name__ == "__main__":
    sys.exit(main())
