# Measures, through the API on a generated network: how fast a long field answers with a job, and the latency of
# request-time analyses while a job runs on the job worker vs with no job (interleaved, several rounds).
import json, time, urllib.request, sys, statistics
base = sys.argv[1]
def gql(query, variables=None):
    req = urllib.request.Request(base + "/graphql", data=json.dumps({"query": query, "variables": variables or {}}).encode(),
                                 headers={"Content-Type": "application/json"})
    t = time.perf_counter()
    with urllib.request.urlopen(req, timeout=120) as r:
        body = json.loads(r.read())
    return body, (time.perf_counter() - t) * 1000
long_q = "{ centrality(projection: FULL, measure: BETWEENNESS) { job { id state progress } scores(first: 1) { totalCount } } }"
poll = "query($id: ID!) { analysisJob(id: $id) { state progress startedAt finishedAt } }"
size, _ = gql("{ networkMetrics(projection: FULL) { nodes edges } }")
print("FULL:", size["data"]["networkMetrics"] if "data" in size else size)
it = [101]
def short():
    it[0] += 1
    b, ms = gql("{ centrality(projection: ORGANIZATIONS, measure: PAGE_RANK, maxIterations: %d) { scores(first: 1) { totalCount } } }" % it[0])
    assert "errors" not in b, b
    return ms
idle, busy, starts, durations = [], [], [], []
for round_ in range(3):
    idle += [short() for _ in range(5)]
    b, ms = gql(long_q.replace("BETWEENNESS", ["BETWEENNESS", "CLOSENESS", "HARMONIC"][round_]))
    assert "errors" not in b, b
    job = b["data"]["centrality"]["job"]
    starts.append(ms)
    print("round", round_, "job answer in %.1f ms" % ms, job)
    t0 = time.time()
    while True:
        p, _ = gql(poll, {"id": job["id"]})
        j = p["data"]["analysisJob"]
        if j["state"] == "RUNNING":
            busy.append(short())
        if j["state"] not in ("QUEUED", "RUNNING"):
            break
        time.sleep(0.2)
    durations.append(time.time() - t0)
    print("  job", j["state"], "after %.1f s" % (time.time() - t0))
    again, ms2 = gql(long_q.replace("BETWEENNESS", ["BETWEENNESS", "CLOSENESS", "HARMONIC"][round_]))
    print("  asked again: %.1f ms, job=%s, totalCount=%s" % (ms2, again["data"]["centrality"]["job"], again["data"]["centrality"]["scores"]["totalCount"]))
def s(xs): return "n=%d median %.0f ms, p90 %.0f ms" % (len(xs), statistics.median(xs), sorted(xs)[int(0.9 * (len(xs) - 1))]) if xs else "none"
print("job-starting request:", s(starts))
print("PageRank ORGANIZATIONS (uncached) with no job running:", s(idle))
print("PageRank ORGANIZATIONS (uncached) while a job runs:   ", s(busy))
