#!/usr/bin/env bash
# Runs every test of the solution and prints one closing line: "N passed, N failed, N skipped".
# Usage: scripts/test.sh [extra dotnet test arguments]
set -uo pipefail
cd "$(dirname "$0")/.."

results=TestResults
rm -rf "$results"

# What the tests need besides .NET, installed here so that a fresh clone passes: the npm packages of the
# graphql-http audit (tests/http-audit, run by an xUnit test against the real service), of the Cypher parse check
# (tests/cypher-parse, Neo4j's Cypher parser run by an xUnit test on every cypher/ file) and of the web front end
# (web/, built into the API and tested below), each from its package-lock.json when node_modules is missing.
# .ci/run adds the system packages (redis-server, chromium), which need root.
have_node=0
if command -v node >/dev/null && command -v npm >/dev/null; then
  have_node=1
  for folder in tests/http-audit tests/cypher-parse web; do
    if [ -f "$folder/package-lock.json" ] && [ ! -d "$folder/node_modules" ]; then
      echo "Installing the npm packages of $folder (npm ci)..."
      (cd "$folder" && npm ci --no-audit --no-fund) || echo "npm ci failed in $folder: the tests that need it will fail."
    fi
  done
else
  echo "node and npm are not installed: the graphql-http audit test (GraphQLHttpAuditTests) and the Cypher parse tests"
  echo "(CypherSyntaxTests) will fail and the web tests are skipped. Install Node.js 20 or later with npm (Debian: apt-get install nodejs npm), then run this again."
fi

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

# The web front end's tests (web/test: node's test runner; e2e in headless Chromium against the real service,
# started from the Release build above). Counted from their TAP file; see docs/web.md.
if [ -f web/package.json ]; then
  if [ "$have_node" -eq 1 ]; then
    mkdir -p "$results"
    (cd web && E2E_NO_BUILD=1 node --test --test-concurrency=1 \
      --test-reporter=spec --test-reporter-destination=stdout \
      --test-reporter=tap --test-reporter-destination="../$results/web.tap" test/*.test.mjs)
    tap="$results/web.tap"
    tap_count() { sed -n "s/^# $1 \([0-9]*\)$/\1/p" "$tap" 2>/dev/null | tail -n 1; }
    if [ -f "$tap" ] && [ -n "$(tap_count pass)" ]; then
      passed=$((passed + $(tap_count pass)))
      failed=$((failed + $(tap_count fail) + $(tap_count cancelled)))
      skipped=$((skipped + $(tap_count skipped) + $(tap_count todo)))
      grep -o '# SKIP .*' "$tap" | sort | uniq -c | sed 's/^/web tests skipped: /'
    else
      echo "The web tests wrote no results."
      failed=$((failed + 1))
    fi
  else
    echo "web tests skipped: node and npm are not installed (the web front end and its tests need Node.js 20)."
    skipped=$((skipped + 1))
  fi
fi

if [ ${#trx_files[@]} -eq 0 ]; then
  echo "No test results were written (the build or the test run failed before any test ran)."
  failed=$((failed + 1))
fi
[ "$status" -ne 0 ] && [ "$failed" -eq 0 ] && failed=1 && echo "dotnet test exited with $status."

echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
