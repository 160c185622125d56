#!/usr/bin/env bash
# Runs the analytics benchmarks and the peers' timings on the same graphs (igraph, graph-tool, NetworkX), then writes
# benchmarks/RESULTS.md and the README's summary.
# Usage: benchmarks/run.sh [--filter PATTERN]... [--skip-dotnet] [--skip-peers] [--peers "igraph graph-tool networkx"]
#                          [--peers-only MEASURE...]
#   --filter PATTERN   BenchmarkDotNet filter (default '*': every benchmark; repeat for several); rows it does not
#                      run keep their earlier figures, since report.py joins every JSON under benchmarks/results/bdn/.
#   --skip-dotnet      only rerun the peers and the report.
#   --skip-peers       keep benchmarks/results/peers/*.json as they are.
#   --peers LIST       which peers to time (default all three).
#   --peers-only M..   time only these measures on the peers (merged into their JSON); must come last.
set -euo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
filters=(); run_dotnet=1; run_peers=1; peers="igraph graph-tool networkx"; peers_only=()
while [ $# -gt 0 ]; do
  case "$1" in
    --filter) filters+=("$2"); shift 2 ;;
    --skip-dotnet) run_dotnet=0; shift ;;
    --skip-peers) run_peers=0; shift ;;
    --peers) peers="$2"; shift 2 ;;
    --peers-only) shift; peers_only=("$@"); break ;;
    *) echo "Unknown argument '$1' (see the usage at the top of $0)." >&2; exit 2 ;;
  esac
done

artifacts=BenchmarkDotNet.Artifacts   # ignored by git: logs, generated projects, exported graphs
results=results                       # committed: the JSON that RESULTS.md is made from
project=CollectiveImpact.Graph.Benchmarks
mkdir -p "$artifacts" "$results/bdn"
[ ${#filters[@]} -eq 0 ] && filters=('*')

dotnet build "$project" -c Release --nologo -v quiet
dotnet "$project/bin/Release/net10.0/$project.dll" --export-graphs "$artifacts/graphs"

if [ "$run_dotnet" = 1 ]; then
  stamp=$(date -u +%Y%m%dT%H%M%SZ)
  uptime > "$results/bdn/$stamp-uptime.txt"   # the machine's load, quoted in RESULTS.md
  # BenchmarkDotNet looks for the project file from the working directory.
  (cd "$project" && dotnet "bin/Release/net10.0/$project.dll" --filter "${filters[@]}" --artifacts "../$artifacts/bdn-$stamp")
  for report in "$artifacts/bdn-$stamp"/results/*-report-full*.json; do
    cp "$report" "$results/bdn/$stamp-$(basename "$report")"
  done
  uptime >> "$results/bdn/$stamp-uptime.txt"
fi

if [ "$run_peers" = 1 ]; then
  # Debian's interpreter has igraph and graph-tool (and numpy/scipy); NetworkX 3.6 may live in another python3 on PATH
  # (pyenv): then only its package is lent to Debian's interpreter, through a directory holding a link to it.
  missing=()
  /usr/bin/python3 -c 'import igraph' 2>/dev/null || missing+=(python3-igraph)
  /usr/bin/python3 -c 'import graph_tool' 2>/dev/null || missing+=(python3-graph-tool)
  /usr/bin/python3 -c 'import numpy, scipy' 2>/dev/null || missing+=(python3-scipy)
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then
      apt-get update -qq && apt-get install -y -qq "${missing[@]}"
    else
      echo "Missing for the peers: apt-get install ${missing[*]} (Debian's; a pyenv python3 has none of them)." >&2
      exit 1
    fi
  fi
  nx_path=""
  if ! /usr/bin/python3 -c 'import networkx, sys; sys.exit(int(networkx.__version__.split(".")[0]) < 3)' 2>/dev/null; then
    nx_dir=$(python3 -c 'import networkx, os; print(os.path.dirname(networkx.__file__))' 2>/dev/null || true)
    if [ -z "$nx_dir" ]; then
      echo "NetworkX 3 not found for /usr/bin/python3 nor python3: the NetworkX column stays as it was." >&2
      peers="${peers/networkx/}"
    else
      nx_path="$artifacts/networkx-path"; mkdir -p "$nx_path"; ln -sfn "$nx_dir" "$nx_path/networkx"
    fi
  fi
  mkdir -p "$results/peers"
  for peer in $peers; do
    merge=(); [ ${#peers_only[@]} -gt 0 ] && merge=(--merge --only "${peers_only[@]}")
    PYTHONPATH="${nx_path:+$(cd "$nx_path" && pwd)}" \
      /usr/bin/python3 peers/compare.py "$peer" "$artifacts/graphs" "$results/peers/$peer.json" "${merge[@]}"
  done
fi

/usr/bin/python3 report.py "$results/bdn" "$results/peers" "$artifacts/graphs" RESULTS.md --readme ../README.md --api api/RESULTS.md
echo "Wrote benchmarks/RESULTS.md and the benchmark summary in README.md"
