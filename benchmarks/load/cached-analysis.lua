-- wrk script: every request is the same networkMetrics query on ORGANIZATIONS, which the warm-up left in the cache.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json"
-- run-wrk.sh creates a dashboard key and passes it in CI_KEY.
wrk.headers["Authorization"] = "Bearer " .. (os.getenv("CI_KEY") or "")
wrk.body = '{"query":"{ networkMetrics(projection: ORGANIZATIONS) { networkVersion nodes edges density components largestComponentSize diameter averageShortestPath transitivity averageClustering degreeCentralization sectorAssortativity eiIndex { index external internal sectors { sector nodes index } } } }"}'

-- summary.errors.status counts answers with a status above 399, so a failing service cannot pass for a fast one.
done = function(summary, latency, requests)
  io.write(string.format("requests: %d, errors (connect/read/write/status/timeout): %d/%d/%d/%d/%d\n",
    summary.requests, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status, summary.errors.timeout))
  io.write(string.format("requests/s: %.1f\n", summary.requests / (summary.duration / 1e6)))
  for _, p in ipairs({ 50, 90, 99, 99.9 }) do
    io.write(string.format("latency p%s: %.3f ms\n", p, latency:percentile(p) / 1000))
  end
end
