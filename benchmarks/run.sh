#!/usr/bin/env bash
# Runs the analytics benchmarks and the igraph comparison, then writes benchmarks/RESULTS.md.
# Usage: benchmarks/run.sh [--filter PATTERN]... [--skip-dotnet] [--skip-igraph] [--igraph-only MEASURE...]
#   --filter PATTERN   BenchmarkDotNet filter (default '*': every benchmark; repeat for several); rows it does not
#                      run keep their earlier figures, since report.py joins every JSON under benchmarks/results/bdn/.
#   --skip-dotnet      only rerun igraph and the report.
#   --skip-igraph      keep benchmarks/results/igraph.json as it is.
#   --igraph-only M..  time only these igraph measures (merged into the existing igraph.json); must come last.
set -euo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
filters=(); run_dotnet=1; run_igraph=1; igraph_only=()
while [ $# -gt 0 ]; do
  case "$1" in
    --filter) filters+=("$2"); shift 2 ;;
    --skip-dotnet) run_dotnet=0; shift ;;
    --skip-igraph) run_igraph=0; shift ;;
    --igraph-only) shift; igraph_only=("$@"); break ;;
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

if [ "$run_igraph" = 1 ]; then
  if ! /usr/bin/python3 -c 'import igraph' 2>/dev/null; then
    if [ "$(id -u)" = 0 ]; then
      apt-get update -qq && apt-get install -y -qq python3-igraph
    else
      echo "igraph is missing: apt-get install python3-igraph (Debian's; the pyenv python3 on PATH has none)." >&2
      exit 1
    fi
  fi
  if [ ${#igraph_only[@]} -gt 0 ]; then
    /usr/bin/python3 igraph/compare.py "$artifacts/graphs" "$results/igraph.json" --merge --only "${igraph_only[@]}"
  else
    /usr/bin/python3 igraph/compare.py "$artifacts/graphs" "$results/igraph.json"
  fi
fi

/usr/bin/python3 report.py "$results/bdn" "$results/igraph.json" "$artifacts/graphs" RESULTS.md --readme ../README.md
echo "Wrote benchmarks/RESULTS.md and the benchmark summary in README.md"
