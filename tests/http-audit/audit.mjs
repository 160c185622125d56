// Runs the graphql-http server audits (GraphQL over HTTP conformance) against a running API.
// Usage: node audit.mjs <graphql url>   with the API key in GRAPHQL_API_KEY (sent as X-Api-Key).
// Prints one line per audit and a closing count; exits 1 when any MUST-level audit fails.
import { serverAudits } from 'graphql-http';

const url = process.argv[2] ?? process.env.GRAPHQL_URL;
if (!url) {
  console.error('Usage: node audit.mjs <graphql url> (API key in GRAPHQL_API_KEY)');
  process.exit(2);
}

const key = process.env.GRAPHQL_API_KEY;
const fetchFn = (input, init = {}) => {
  const headers = new Headers(init.headers);
  if (key) headers.set('X-Api-Key', key);
  return fetch(input, { ...init, headers });
};

const results = [];
for (const audit of serverAudits({ url, fetchFn })) {
  // Each audit runs alone, bounded, so that a hanging request fails the audit instead of the script.
  const result = await Promise.race([
    audit.fn(),
    new Promise((resolve) => setTimeout(() => resolve({ id: audit.id, name: audit.name, status: 'error', reason: 'timed out after 10 s' }), 10_000)),
  ]);
  results.push(result);
  const reason = result.status === 'ok' ? '' : ` - ${result.reason}`;
  console.log(`${result.status.toUpperCase().padEnd(5)} ${result.id} ${result.name}${reason}`);
}

const mustFailed = results.filter((r) => r.status === 'error');
const passed = results.filter((r) => r.status === 'ok').length;
const warned = results.filter((r) => r.status === 'warn').length;
console.log(`graphql-http audit: ${passed} ok, ${warned} warnings (SHOULD/MAY), ${mustFailed.length} MUST failures of ${results.length} audits`);
process.exit(mustFailed.length === 0 ? 0 : 1);
