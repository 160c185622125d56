#!/usr/bin/env bash
# The 20,000-organization network as a spreadsheet, out and in (issue 16: "the 20,000-organization network as XLSX
# imported and exported with time and peak memory reported; target: import under 30 s, memory bounded by streaming").
#
# Generates the document (9 people per organization, ~53 MB; 451,185 entries), then:
#   export   starts the built API with that document loaded as its sample, and times GET /export/network.xlsx and
#            GET /export/network.zip (the CSV files), each answered in full, with the process's peak resident set
#            (VmHWM in /proc/<pid>/status) after each;
#   import   for each of the files just exported and, for reference, the JSON document itself: starts the API afresh
#            on an empty temporary SQLite store and sends POST /import?mode=REPLACE once, with the RSS before, the
#            peak after, the HTTP status, the wall seconds and the CPU seconds the API process spent on it.
# Then checks the store the Excel import wrote: its canonical export (GraphQL exportNetwork) equals the generated
# document byte for byte.
# Usage: benchmarks/load/workbook-import.sh [api-build-dir]   (default: a Release build of this checkout)
# Needs: the .NET SDK, curl, python3, bc. Loopback only; stops every API it starts.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
api_dir="${1:-}"
organizations="${ORGANIZATIONS:-20000}"
work="$(mktemp -d -t cig-workbook-XXXXXX)"
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

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
rss() { awk "/^$2/ {print \$2}" "/proc/$1/status"; }

# start NAME SAMPLE: a fresh API on an empty store (SAMPLE: the document to load on start, or "none"); sets url, key.
start() {
  local name="$1" sample="$2" port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
  url="http://127.0.0.1:$port"
  rm -f "$work"/store.db*
  export Store__Sqlite__Path="$work/store.db" Auth__CreateAdminKeyOnFirstStart=false
  export Logging__LogLevel__Default=Warning Limits__ExecutionTimeout=00:05:00
  if [[ "$sample" == none ]]; then
    export Sample__LoadOnEmptyStore=false
  else
    export Sample__LoadOnEmptyStore=true Sample__Path="$sample"
  fi
  key=$(cd "$api_dir" && dotnet CollectiveImpact.Graph.Api.dll keys create --role backbone --name workbook-benchmark | tail -n 1)
  (cd "$api_dir" && exec dotnet CollectiveImpact.Graph.Api.dll --urls "$url") >"$work/api-$name.log" 2>&1 &
  api_pid=$!
  for _ in $(seq 1 240); do
    if curl -fsS "$url/healthz" >/dev/null 2>&1; then return; fi
    if ! kill -0 "$api_pid" 2>/dev/null; then echo "the API exited:"; cat "$work/api-$name.log"; exit 1; fi
    sleep 0.5
  done
  echo "the API did not answer /healthz in time"; exit 1
}

stop() {
  kill "$api_pid"
  wait "$api_pid" 2>/dev/null || true
  api_pid=""
}

echo "== export (the API holding the network)"
start export "$work/network.json"
for file in network.xlsx network.zip; do
  before=$(rss "$api_pid" VmRSS)
  outcome=$(curl -sS -H "Authorization: Bearer $key" "$url/export/$file" -o "$work/$file" -w '%{http_code} %{time_total}')
  printf '%-13s HTTP %s in %6.1f s  %6.1f MB  RSS before %5d MiB  peak %5d MiB\n' "$file" "${outcome% *}" "${outcome#* }" \
    "$(echo "$(stat -c %s "$work/$file") / 1000000" | bc -l)" $((before / 1024)) $(($(rss "$api_pid" VmHWM) / 1024))
done
stop

echo "== import (POST /import?mode=REPLACE, a fresh API on an empty store each time)"
for file in network.xlsx network.zip network.json; do
  start "import-$file" none
  before=$(rss "$api_pid" VmRSS)
  cpu_before=$(cpu_ticks "$api_pid")
  outcome=$(curl -sS -X POST -H "Authorization: Bearer $key" --data-binary @"$work/$file" "$url/import?mode=REPLACE" \
    -o "$work/answer-$file.json" -w '%{http_code} %{time_total}')
  cpu=$(echo "($(cpu_ticks "$api_pid") - $cpu_before) / $(getconf CLK_TCK)" | bc -l)
  printf '%-13s HTTP %s in %6.1f s (CPU %5.1f s)  RSS before %5d MiB  peak %5d MiB  %s\n' "$file" "${outcome% *}" "${outcome#* }" \
    "$cpu" $((before / 1024)) $(($(rss "$api_pid" VmHWM) / 1024)) "$(head -c 120 "$work/answer-$file.json" | tr -d '\n')"
  if [[ "$file" == network.xlsx ]]; then
    curl -sS -X POST -H "Authorization: Bearer $key" -H 'Content-Type: application/json' \
      --data '{"query":"{ exportNetwork { document } }"}' "$url/graphql" -o "$work/exported.json"
    python3 - "$work/network.json" "$work/exported.json" <<'PY'
import json, sys
generated = open(sys.argv[1], encoding="utf-8").read()
exported = json.load(open(sys.argv[2], encoding="utf-8"))["data"]["exportNetwork"]["document"]
same = json.dumps(exported, separators=(",", ":"), ensure_ascii=False) == json.dumps(json.loads(generated), separators=(",", ":"), ensure_ascii=False)
print("round trip: the network imported from the workbook", "equals" if same else "DIFFERS FROM", "the generated document")
sys.exit(0 if same else 1)
PY
  fi
  stop
done
