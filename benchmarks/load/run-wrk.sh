#!/usr/bin/env bash
# Requests per second of a cached analysis through the real API, under load, on loopback (issue 5).
#
# Builds the API and the cache benchmark in Release, starts the API on a free 127.0.0.1 port with a temporary SQLite
# store (no sample), imports the 20,000-organization generated network (seed 1) with importNetwork(mode: REPLACE),
# asks the analysis once to fill the cache, checks the next request is a cache hit, then runs, ROUNDS times (3),
#   wrk -t2 -c16 -d20s  (override with WRK_THREADS, WRK_CONNECTIONS, WRK_DURATION)
# first against /healthz with benchmarks/load/raw-kestrel.lua (raw Kestrel: routing and a constant answer, in the same
# process, same connection count), then with benchmarks/load/cached-analysis.lua; prints requests/s and latency
# percentiles of each, the ratio cached ÷ raw per round, the API process's CPU time per request of each (from
# /proc/PID/stat: what the ratio would be on a machine given to the API), the load average before each run, and stops the API.
# API_DIR=<folder of a built CollectiveImpact.Graph.Api.dll> runs that build instead of this tree's (a "before" copy,
# to compare two builds in one session).
# Needs: the .NET SDK, curl, python3 (free port, JSON body), and wrk (installed from Debian's apt if missing).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
threads="${WRK_THREADS:-2}"
connections="${WRK_CONNECTIONS:-16}"
duration="${WRK_DURATION:-20s}"
rounds="${ROUNDS:-3}"
organizations="${ORGANIZATIONS:-20000}"

if ! command -v wrk >/dev/null; then
  echo "wrk missing: installing Debian's wrk" >&2
  apt-get install -y wrk >/dev/null
fi

work="$(mktemp -d -t cig-wrk-XXXXXX)"
api_pid=""
cleanup() {
  if [[ -n "$api_pid" ]] && kill -0 "$api_pid" 2>/dev/null; then
    kill "$api_pid"
    wait "$api_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "== build (Release)"
dotnet build -c Release "$root/benchmarks/CollectiveImpact.Graph.CacheBenchmarks" -nologo -v quiet >/dev/null

echo "== network: $organizations organizations, seed 1"
dotnet "$root/benchmarks/CollectiveImpact.Graph.CacheBenchmarks/bin/Release/net10.0/CollectiveImpact.Graph.CacheBenchmarks.dll" \
  --write-network "$work/network.json" "$organizations"
# The GraphQL request: the document goes in as the JSON variable, unchanged.
python3 - "$work/network.json" "$work/import.json" <<'PY'
import json, sys
document = json.load(open(sys.argv[1], encoding="utf-8"))
query = "mutation Import($document: JSON!) { importNetwork(document: $document, mode: REPLACE) { version written { organizations ties } deleted } }"
json.dump({"query": query, "variables": {"document": document}}, open(sys.argv[2], "w", encoding="utf-8"), separators=(",", ":"))
PY
body_bytes=$(stat -c %s "$work/import.json")
echo "import request: $body_bytes bytes"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
url="http://127.0.0.1:$port"
echo "== API on $url"
# Run the built assembly (the same build `dotnet run -c Release` would use) so this script owns the API's PID.
# Kestrel's default body limit is 30,000,000 bytes; the import request is raised above it only when it needs to be.
api_dir="${API_DIR:-$root/src/CollectiveImpact.Graph.Api/bin/Release/net10.0}"
export Store__Sqlite__Path="$work/network.db"
export Auth__CreateAdminKeyOnFirstStart=false
# The load measures the cached analysis path, not the per-key rate limiter (600 a minute by default).
export Limits__RequestsPerMinute=100000000 Limits__RequestBurst=100000000
# On a busy machine the 53 MB import alone can pass the 30 s default; the load itself is of cached answers (milliseconds).
export Limits__ExecutionTimeout="${EXECUTION_TIMEOUT:-00:05:00}"
# Auth stays on: a backbone key imports, a dashboard key (the role dashboards use) runs the load.
backbone_key=$(cd "$api_dir" && dotnet CollectiveImpact.Graph.Api.dll keys create --role backbone --name load-import | tail -n 1)
export CI_KEY=$(cd "$api_dir" && dotnet CollectiveImpact.Graph.Api.dll keys create --role dashboard --name load-wrk | tail -n 1)
(
  cd "$api_dir"
  export Sample__LoadOnEmptyStore=false
  export Kestrel__Limits__MaxRequestBodySize=$(( body_bytes > 30000000 ? body_bytes + 1048576 : 30000000 ))
  export Logging__LogLevel__Default=Warning
  exec dotnet CollectiveImpact.Graph.Api.dll --urls "$url"
) >"$work/api.log" 2>&1 &
api_pid=$!

for _ in $(seq 1 120); do
  if curl -fsS "$url/healthz" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$api_pid" 2>/dev/null; then echo "the API exited:"; cat "$work/api.log"; exit 1; fi
  sleep 0.5
done
curl -fsS "$url/healthz" >/dev/null

echo "== import (REPLACE)"
curl -sS --fail-with-body -X POST "$url/graphql" -H 'Content-Type: application/json' -H 'Accept: application/json' \
  -H "Authorization: Bearer $backbone_key" --data-binary @"$work/import.json" -o "$work/import-response.json" -w 'import: HTTP %{http_code} in %{time_total} s\n'
python3 - "$work/import-response.json" <<'PY'
import json, sys
answer = json.load(open(sys.argv[1], encoding="utf-8"))
if answer.get("errors") or not answer.get("data"):
    sys.exit("import failed: " + json.dumps(answer)[:2000])
print("imported:", json.dumps(answer["data"]["importNetwork"]))
PY

query_body=$(sed -n "s/^wrk.body = '\(.*\)'$/\1/p" "$root/benchmarks/load/cached-analysis.lua")
ask() {
  curl -sS --fail-with-body -X POST "$url/graphql" -H 'Content-Type: application/json' -H 'Accept: application/json' \
    -H 'X-Cache-Stats: true' -H "Authorization: Bearer $CI_KEY" --data "$query_body" -o "$1" -w "$2: HTTP %{http_code} in %{time_total} s\n"
}
echo "== warm the cache"
ask "$work/first.json" "first (computes)"
ask "$work/second.json" "second (cached)"
python3 - "$work/first.json" "$work/second.json" <<'PY'
import json, sys
first, second = (json.load(open(p, encoding="utf-8")) for p in sys.argv[1:3])
for name, answer in (("first", first), ("second", second)):
    if answer.get("errors") or not answer.get("data"):
        sys.exit(f"{name} query failed: " + json.dumps(answer)[:2000])
stats = second.get("extensions", {}).get("cache", [])
if not stats or not all(s["hit"] for s in stats):
    sys.exit("the second request was not a cache hit: " + json.dumps(stats))
print("cache:", json.dumps(stats))
print("nodes:", second["data"]["networkMetrics"]["nodes"], "edges:", second["data"]["networkMetrics"]["edges"])
PY

# Raw Kestrel and the cached analysis, one after the other in each round, so both see the same machine load.
rate() { sed -n 's/^requests\/s: //p' "$1"; }
count() { sed -n 's/^requests: \([0-9]*\),.*/\1/p' "$1"; }
# The API's CPU time (user + system, clock ticks) from /proc: CPU per request hardly depends on what else runs on the
# machine, where requests/s does; raw ÷ cached CPU per request is the ratio a machine given to the API would show.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$api_pid/stat"; }
ticks_per_second=$(getconf CLK_TCK)
per_request_us() { python3 -c "print(f'{($2 - $1) * 1e6 / $ticks_per_second / $3:.1f}')"; }
summary=()
for round in $(seq 1 "$rounds"); do
  echo "== round $round: load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "-- wrk -t$threads -c$connections -d$duration --latency (GET /healthz, raw Kestrel)"
  before=$(cpu_ticks)
  wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$root/benchmarks/load/raw-kestrel.lua" "$url/healthz" | tee "$work/raw.txt"
  middle=$(cpu_ticks)
  echo "-- wrk -t$threads -c$connections -d$duration --latency (POST /graphql, cached networkMetrics)"
  wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$root/benchmarks/load/cached-analysis.lua" "$url/graphql" | tee "$work/cached.txt"
  after=$(cpu_ticks)
  raw=$(rate "$work/raw.txt"); cached=$(rate "$work/cached.txt")
  raw_cpu=$(per_request_us "$before" "$middle" "$(count "$work/raw.txt")"); cached_cpu=$(per_request_us "$middle" "$after" "$(count "$work/cached.txt")")
  summary+=("round $round: raw Kestrel $raw requests/s, cached analysis $cached requests/s, ratio $(python3 -c "print(f'{$cached / $raw:.1%}')"); API CPU per request: raw $raw_cpu µs, cached $cached_cpu µs, ratio raw ÷ cached $(python3 -c "print(f'{$raw_cpu / $cached_cpu:.1%}')")")
done
echo "== summary (load average now $(cut -d' ' -f1-3 /proc/loadavg))"
printf '%s\n' "${summary[@]}"
