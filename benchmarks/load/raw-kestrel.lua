-- wrk script: GET /healthz, the liveness answer (no checks run, a constant body): what Kestrel, routing and the
-- middleware pipeline serve with no GraphQL at all. run-wrk.sh runs it beside cached-analysis.lua for the ratio.
wrk.method = "GET"

done = function(summary, latency, requests)
  io.write(string.format("requests: %d, errors (connect/read/write/status/timeout): %d/%d/%d/%d/%d\n",
    summary.requests, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status, summary.errors.timeout))
  io.write(string.format("requests/s: %.1f\n", summary.requests / (summary.duration / 1e6)))
  for _, p in ipairs({ 50, 90, 99, 99.9 }) do
    io.write(string.format("latency p%s: %.3f ms\n", p, latency:percentile(p) / 1000))
  end
end
