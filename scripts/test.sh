#!/usr/bin/env bash
# Runs every test of the solution and prints one closing line: "N passed, N failed, N skipped".
# Usage: scripts/test.sh [extra dotnet test arguments]
set -uo pipefail
cd "$(dirname "$0")/.."

results=TestResults
rm -rf "$results"
dotnet test CollectiveImpact.Graph.sln --configuration Release \
  --logger "trx" --logger "console;verbosity=normal" --results-directory "$results" "$@"
status=$?

passed=0; failed=0; skipped=0
shopt -s nullglob
trx_files=("$results"/*.trx)
for trx in "${trx_files[@]}"; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  get() { printf '%s' "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  total=$(get total); executed=$(get executed); p=$(get passed); f=$(get failed)
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
  skipped=$((skipped + ${total:-0} - ${executed:-0}))
done

if [ ${#trx_files[@]} -eq 0 ]; then
  echo "No test results were written (the build or the test run failed before any test ran)."
  failed=$((failed + 1))
fi
[ "$status" -ne 0 ] && [ "$failed" -eq 0 ] && failed=1 && echo "dotnet test exited with $status."

echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
