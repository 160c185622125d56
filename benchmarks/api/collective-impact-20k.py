#!/usr/bin/python3
"""Every collective impact analysis through the API on the generated 20,000-organization network (issue 14, items 1 and 5).

Generates the network (`generate --organizations 20000 --people-per-organization 9`, seed 1), starts the built API on
it (Release, embedded SQLite in a temporary directory, a free loopback port, the sample loaded from the generated
document), and for each analysis sends the same query twice: the first call is cold (nothing cached for this version;
parts another analysis already computed on this version, such as the agenda index, are reused, as in production), the
second warm (a cache hit). Each computation's allocation is read from the `cig_analysis_compute_allocated_bytes`
histogram on /metrics (its sum before and after the call: bytes the computation allocated on its worker thread). A
thread samples VmRSS from /proc/PID/status every 50 ms; the peak is VmHWM. After the collective impact analyses the
network measures on ORGANIZATIONS run too (their cold time is reported, not judged here), then compare (a year ago and a
snapshot against today), then every collective impact analysis again after a goal's description is edited and again after a
tie is added between two organizations (the first call after a write); then the script waits idle and
reads the resting RSS. Writes a markdown table to benchmarks/api/RESULTS.md (or the path given with --out).

Usage: benchmarks/api/collective-impact-20k.py [--organizations N] [--api-dir DIR] [--out FILE] [--rounds R]
Needs: the .NET SDK (for the build), curl-free (urllib), /usr/bin/python3. Stops the API it starts.
Timings on a shared machine vary: the script prints the load average before and after; compare runs made together.
"""
import argparse
import datetime
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))

COLLECTIVE_IMPACT = [
    ("gaps", "gaps", "{ gaps { networkVersion } }"),
    ("overlaps", "overlaps", "{ overlaps { coordinatedCount uncoordinatedCount } }"),
    ("reinforcement", "reinforcement", "{ reinforcement { index pairCount } }"),
    ("brokerage (top 20)", "brokerage", "{ brokerage(top: 20) { networkVersion } }"),
    ("whatIf (top 10)", "whatIf", "{ whatIf(top: 10) { averageShortestPath { before after } reinforcementIndex { before after } } }"),
    ("equityLens (defaults)", "equityLens", "{ equityLens { measures { measure sampledSources errorBound } } }"),
    ("indicatorProgress", "indicatorProgress", "{ indicatorProgress { networkVersion } }"),
]

NETWORK_MEASURES = [
    ("centrality PAGE_RANK", "centrality", "{ centrality(measure: PAGE_RANK, top: 5) { networkVersion } }"),
    ("centrality CLOSENESS", "centrality", "{ centrality(measure: CLOSENESS, top: 5) { networkVersion } }"),
    ("communities", "communities", "{ communities { networkVersion } }"),
    ("structuralHoles", "structuralHoles", "{ structuralHoles(top: 5) { networkVersion } }"),
    ("cutPoints", "cutPoints", "{ cutPoints { networkVersion } }"),
    ("networkMetrics", "networkMetrics", "{ networkMetrics { networkVersion } }"),
]


# compare (issue 15): a year ago against today (both as-of views of the stored network), then a snapshot taken at the
# start against today. Its computation records its allocation under the analysis name "compare". At this size it runs as
# a background job (docs/jobs.md): the first answer holds the job, which is polled every 0.2 s until it ends; cold is the
# time until the result is there, and the note says how fast the field answered and the progress seen while polling.
YEAR_AGO = (datetime.date.today() - datetime.timedelta(days=365)).isoformat()
COMPARE = [
    ("compare (a year ago → today)", "compare",
     '{ compare(from: { date: "%s" }, to: { date: "%s" }) { job { id state } tiesAdded { count } backboneDependence { before after } sentences } }'
     % (YEAR_AGO, datetime.date.today().isoformat())),
    ("compare (snapshot → today)", "compare",
     '{ compare(from: { snapshot: "Benchmark baseline" }, to: { date: "%s" }) { job { id state } tiesAdded { count } sentences } }' % datetime.date.today().isoformat()),
]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def status(pid, field):
    with open(f"/proc/{pid}/status", encoding="ascii") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) // 1024  # MiB
    return 0


class RssSampler(threading.Thread):
    def __init__(self, pid):
        super().__init__(daemon=True)
        self.pid, self.peak, self.running = pid, 0, True

    def run(self):
        while self.running:
            try:
                self.peak = max(self.peak, status(self.pid, "VmRSS"))
            except OSError:
                return
            time.sleep(0.05)


def post(url, key, query, timeout=120):
    body = json.dumps({"query": query}).encode()
    request = urllib.request.Request(url + "/graphql", body, {"Content-Type": "application/json", "Authorization": f"Bearer {key}"})
    started = time.perf_counter()
    with urllib.request.urlopen(request, timeout=timeout) as response:
        answer = json.load(response)
    return time.perf_counter() - started, answer


def post_or_wait(url, key, query, field):
    """Posts the query; when the field answers with a background job, polls it until it ends. Returns the seconds until
    the result is there, the answer and a note (how fast the job was answered, the progress seen) or None."""
    started = time.perf_counter()
    answered, answer = post(url, key, query)
    job = ((answer.get("data") or {}).get(field) or {}).get("job")
    if not job or job["state"] == "SUCCEEDED":
        return answered, answer, None
    seen = []
    while True:
        time.sleep(0.2)
        polled = post(url, key, '{ analysisJob(id: "%s") { state progress error { message } } }' % job["id"])[1]
        state = polled["data"]["analysisJob"]
        seen.append(round(state["progress"], 2))
        if state["state"] in ("SUCCEEDED", "FAILED", "CANCELLED", "EXPIRED"):
            break
    total = time.perf_counter() - started
    if state["state"] != "SUCCEEDED":
        return total, {"errors": [{"message": f"job {state['state']}: {state['error']}"}]}, None
    _, answer = post(url, key, query)
    progress = sorted(set(seen))
    return total, answer, f"job: answered in {answered:.3f} s; progress seen {progress[0]:.0%}–{progress[-1]:.0%} over {len(seen)} polls"


def allocated(url, key, analysis):
    """Sum of the allocation histogram for this analysis (every projection label), bytes."""
    request = urllib.request.Request(url + "/metrics", headers={"Authorization": f"Bearer {key}"})
    with urllib.request.urlopen(request, timeout=30) as response:
        text = response.read().decode()
    total = 0.0
    for line in text.splitlines():
        if line.startswith("cig_analysis_compute_allocated") and "_sum{" in line and f'cig_analysis="{analysis}"' in line:
            total += float(line.rsplit(" ", 1)[1])
    return total


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--organizations", type=int, default=20000)
    parser.add_argument("--api-dir")
    parser.add_argument("--out", default=os.path.join(ROOT, "benchmarks", "api", "RESULTS.md"))
    parser.add_argument("--rounds", type=int, default=1, help="fresh processes to run (cold figures are per process)")
    args = parser.parse_args()

    api_dir = args.api_dir
    if not api_dir:
        print("== build (Release)", flush=True)
        subprocess.run(["dotnet", "build", "-c", "Release", os.path.join(ROOT, "src", "CollectiveImpact.Graph.Api"), "-nologo", "-v", "quiet"],
                       check=True, stdout=subprocess.DEVNULL)
        api_dir = os.path.join(ROOT, "src", "CollectiveImpact.Graph.Api", "bin", "Release", "net10.0")
    api_dir = os.path.abspath(api_dir)

    rows, memory = {}, []
    with tempfile.TemporaryDirectory(prefix="cig-ci20k-") as work:
        document = os.path.join(work, "network.json")
        print(f"== generate {args.organizations} organizations", flush=True)
        subprocess.run(["dotnet", "CollectiveImpact.Graph.Api.dll", "generate", "--organizations", str(args.organizations),
                        "--people-per-organization", "9", "--output", document], cwd=api_dir, check=True, stdout=subprocess.DEVNULL)
        for round_number in range(args.rounds):
            env = dict(os.environ, Store__Sqlite__Path=os.path.join(work, f"store-{round_number}.db"), Sample__Path=document,
                       Auth__CreateAdminKeyOnFirstStart="false", Logging__LogLevel__Default="Warning", Limits__ExecutionTimeout="00:02:00",
                       Limits__RequestsPerMinute="100000000", Limits__RequestBurst="100000000",
                       Observability__Prometheus__Enabled="true")
            key = subprocess.run(["dotnet", "CollectiveImpact.Graph.Api.dll", "keys", "create", "--role", "backbone", "--name", "ci20k"],
                                 cwd=api_dir, env=env, check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1]
            url = f"http://127.0.0.1:{free_port()}"
            log = open(os.path.join(work, f"api-{round_number}.log"), "w")
            api = subprocess.Popen(["dotnet", "CollectiveImpact.Graph.Api.dll", "--urls", url], cwd=api_dir, env=env, stdout=log, stderr=log)
            try:
                for _ in range(600):
                    try:
                        urllib.request.urlopen(url + "/healthz", timeout=2)
                        break
                    except OSError:
                        if api.poll() is not None:
                            sys.exit("the API exited; see its log")
                        time.sleep(0.5)
                # The store holds the network once /healthz answers; load this version and its ORGANIZATIONS projection
                # with a cheap measure, so each analysis's cold time is its own computation.
                post(url, key, "{ centrality(measure: DEGREE, top: 1) { networkVersion } }", timeout=600)
                resting = status(api.pid, "VmRSS")
                sampler = RssSampler(api.pid)
                sampler.start()
                load_before = os.getloadavg()[0]
                post(url, key, 'mutation { createSnapshot(name: "Benchmark baseline") { name } }', timeout=600)
                for label, name, query in COLLECTIVE_IMPACT + NETWORK_MEASURES + COMPARE:
                    before = allocated(url, key, name)
                    try:
                        cold, answer, note = post_or_wait(url, key, query, name)
                        error = answer.get("errors", [{}])[0].get("message") if answer.get("errors") else note
                    except Exception as failure:  # a timeout is a result too
                        cold, error = float("nan"), str(failure)
                    after = allocated(url, key, name)
                    warm, _ = post(url, key, query) if error is None or error.startswith("job:") else (float("nan"), None)
                    rows.setdefault(label, []).append((cold, warm, after - before, error))
                    print(f"{label:24} cold {cold:7.3f} s  warm {warm:7.3f} s  allocated {(after - before) / 2**20:8.1f} MiB  {error or ''}", flush=True)
                # The first call after a write (issue 14, items 1 and 6): a goal's description edited (no analysis reads
                # it), then a tie added between two organizations (most do), each followed by every analysis again.
                goal = post(url, key, "{ goals(first: 1) { items { id name } } }")[1]["data"]["goals"]["items"][0]
                writes = [("after a description edit",
                           'mutation { updateGoal(input: { id: "%s", name: %s, description: "Edited by the benchmark" }) { version } }'
                           % (goal["id"], json.dumps(goal["name"])))]
                organizations = [o["id"] for o in post(url, key, "{ organizations(first: 40) { items { id } } }")[1]["data"]["organizations"]["items"]]
                for other in organizations[1:]:
                    probe = post(url, key, '{ ties(node: ["%s"], first: 1000) { items { from { id } to { id } } } }' % organizations[0])[1]
                    ends = {e for t in probe["data"]["ties"]["items"] for e in (t["from"]["id"], t["to"]["id"])}
                    if other not in ends:
                        writes.append(("after a tie added",
                                       'mutation { addTie(input: { from: "%s", to: "%s", type: COLLABORATES }) { version } }' % (organizations[0], other)))
                        break
                for when, mutation in writes:
                    answer = post(url, key, mutation)[1]
                    if answer.get("errors"):
                        sys.exit(f"{when}: {answer['errors']}")
                    for label, name, query in COLLECTIVE_IMPACT:
                        before = allocated(url, key, name)
                        try:
                            cold, answer = post(url, key, query)
                            error = answer.get("errors", [{}])[0].get("message") if answer.get("errors") else None
                        except Exception as failure:
                            cold, error = float("nan"), str(failure)
                        after = allocated(url, key, name)
                        warm, _ = post(url, key, query) if error is None else (float("nan"), None)
                        row = f"{label}, {when}"
                        rows.setdefault(row, []).append((cold, warm, after - before, error))
                        print(f"{row:48} cold {cold:7.3f} s  warm {warm:7.3f} s  allocated {(after - before) / 2**20:8.1f} MiB  {error or ''}", flush=True)
                load_after = os.getloadavg()[0]
                time.sleep(10)
                sampler.running = False
                memory.append((resting, status(api.pid, "VmHWM"), sampler.peak, status(api.pid, "VmRSS"), load_before, load_after))
            finally:
                api.terminate()
                api.wait(timeout=30)
                log.close()

    with open(args.out, "w", encoding="utf-8") as out:
        out.write(f"# Collective impact analyses through the API, {args.organizations:,} organizations\n\n")
        out.write("Written by `benchmarks/api/collective-impact-20k.py` (see its header for the method): cold = first call on the\n"
                  "version (no cached result; parts another analysis already computed on the version are reused), warm = the\n"
                  "same call again (a cache hit). Allocated = bytes the computation allocated on its worker thread\n"
                  "(`cig.analysis.compute.allocated`). Wall-clock seconds on a shared machine: see the load averages below.\n\n")
        out.write("| analysis | cold (s) | warm (s) | allocated (MiB) | note |\n|---|--:|--:|--:|---|\n")
        for label, results in rows.items():
            cold = min(r[0] for r in results)
            warm = min(r[1] for r in results)
            mib = max(r[2] for r in results) / 2**20
            note = next((r[3] for r in results if r[3]), "")
            out.write(f"| {label} | {cold:.3f} | {warm:.3f} | {mib:.1f} | {note} |\n")
        out.write("\n| round | RSS at rest before (MiB) | peak VmHWM (MiB) | peak sampled (MiB) | RSS 10 s after (MiB) | load before | load after |\n"
                  "|--:|--:|--:|--:|--:|--:|--:|\n")
        for i, (resting, hwm, sampled, after, lb, la) in enumerate(memory, 1):
            out.write(f"| {i} | {resting} | {hwm} | {sampled} | {after} | {lb:.1f} | {la:.1f} |\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
