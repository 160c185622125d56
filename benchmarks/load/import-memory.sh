#!/usr/bin/env bash
# Peak memory of one import request (issue 12, item 2: "imports stream; problem lists are capped").
#
# Generates the 20,000-organization document (9 people per organization, ~54 MB), wraps it as
#   {"query":"mutation($d: JSON!){importNetwork(document:$d, mode: REPLACE){version}}","variables":{"d": <doc>}}
# and, for each of two bodies, starts the built API afresh on a free 127.0.0.1 port with an empty temporary SQLite
# store, sends the body once with a backbone key, and reads the process's peak resident set (VmHWM in
# /proc/<pid>/status) after the answer:
#   valid     the document as generated (imports)
#   problems  the same document with every organization id renamed, so every reference to one is unknown
#             (hundreds of thousands of problems; refused)
# Prints, per body: the RSS before the request, the peak after it, the HTTP status, the wall seconds, the CPU seconds
# the API process spent on the request (user + system, all threads) and the response size.
# Usage: benchmarks/load/import-memory.sh [api-build-dir]   (default: a Release build of this checkout)
#        BODIES="valid valid valid" benchmarks/load/import-memory.sh ...   (which bodies, in order; default "valid problems")
# Needs: the .NET SDK, curl, python3. Loopback only; stops the API it starts.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
api_dir="${1:-}"
organizations="${ORGANIZATIONS:-20000}"
work="$(mktemp -d -t cig-import-mem-XXXXXX)"
api_pid=""
cleanup() {
  if [[ -n "$api_pid" ]] && kill -0 "$api_pid" 2>/dev/null; then
    kill "$api_pid"
    wait "$api_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

if [[ -z "$api_dir" ]]; then
  echo "== build (Release)"
  dotnet build -c Release "$root/src/CollectiveImpact.Graph.Api" -nologo -v quiet >/dev/null
  api_dir="$root/src/CollectiveImpact.Graph.Api/bin/Release/net10.0"
fi
api_dir="$(cd "$api_dir" && pwd)"

echo "== document: $organizations organizations, 9 people each"
(cd "$api_dir" && dotnet CollectiveImpact.Graph.Api.dll generate --organizations "$organizations" --people-per-organization 9 --output "$work/network.json" >/dev/null)
python3 - "$work/network.json" "$work/valid.json" "$work/problems.json" <<'PY'
import json, sys
document = json.load(open(sys.argv[1], encoding="utf-8"))
query = "mutation($d: JSON!){importNetwork(document:$d, mode: REPLACE){version}}"
def dump(doc, path):
    json.dump({"query": query, "variables": {"d": doc}}, open(path, "w", encoding="utf-8"), separators=(",", ":"))
dump(document, sys.argv[2])
for organization in document["organizations"]:
    organization["id"] = "renamed-" + organization["id"]
dump(document, sys.argv[3])
PY

# User + system CPU of a process so far, in clock ticks (/proc/<pid>/stat fields 14 and 15; the name in field 2 has no spaces here).
cpu_ticks() {
  awk '{print $14 + $15}' "/proc/$1/stat"
}

run() {
  local name="$1" body="$work/$1.json"
  local port url key
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
  url="http://127.0.0.1:$port"
  rm -f "$work"/store.db*
  export Store__Sqlite__Path="$work/store.db" Auth__CreateAdminKeyOnFirstStart=false Sample__LoadOnEmptyStore=false
  export Logging__LogLevel__Default=Warning Limits__ExecutionTimeout=00:05:00
  key=$(cd "$api_dir" && dotnet CollectiveImpact.Graph.Api.dll keys create --role backbone --name import-memory | tail -n 1)
  (cd "$api_dir" && exec dotnet CollectiveImpact.Graph.Api.dll --urls "$url") >"$work/api-$name.log" 2>&1 &
  api_pid=$!
  for _ in $(seq 1 120); do
    if curl -fsS "$url/healthz" >/dev/null 2>&1; then break; fi
    if ! kill -0 "$api_pid" 2>/dev/null; then echo "the API exited:"; cat "$work/api-$name.log"; exit 1; fi
    sleep 0.5
  done
  local before cpu_before
  before=$(awk '/^VmRSS/ {print $2}' "/proc/$api_pid/status")
  cpu_before=$(cpu_ticks "$api_pid")
  local outcome
  outcome=$(curl -sS -X POST "$url/graphql" -H 'Content-Type: application/json' -H 'Accept: application/json' \
    -H "Authorization: Bearer $key" --data-binary @"$body" -o "$work/answer-$name.json" -w '%{http_code} %{time_total}')
  local peak cpu
  peak=$(awk '/^VmHWM/ {print $2}' "/proc/$api_pid/status")
  cpu=$(echo "($(cpu_ticks "$api_pid") - $cpu_before) / $(getconf CLK_TCK)" | bc -l)
  printf '%-9s body %6.1f MB  RSS before %5d MiB  peak %5d MiB  HTTP %s in %6.1f s (CPU %5.1f s)  answer %9d bytes  %s\n' \
    "$name" "$(echo "$(stat -c %s "$body") / 1000000" | bc -l)" $((before / 1024)) $((peak / 1024)) \
    "${outcome% *}" "${outcome#* }" "$cpu" "$(stat -c %s "$work/answer-$name.json")" \
    "$(head -c 200 "$work/answer-$name.json" | tr -d '\n')"
  kill "$api_pid"
  wait "$api_pid" 2>/dev/null || true
  api_pid=""
}

echo "== one request each, fresh API each time"
for body in ${BODIES:-valid problems}; do
  run "$body"
done
