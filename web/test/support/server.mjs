// Starts the real API (dotnet run) on a free port with a fresh SQLite file, so the sample is loaded, and
// waits for /readyz. E2E_BASE_URL points the tests at a service that is already running instead.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitReady(baseUrl, child, log, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) {
      throw new Error(`The API exited with ${child.exitCode} before it was ready:\n${log.join('').slice(-4000)}`);
    }
    try {
      const response = await fetch(new URL('readyz', baseUrl));
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`The API at ${baseUrl} was not ready within ${timeoutMs / 1000} s:\n${log.join('').slice(-4000)}`);
}

/**
 * When the API wants a key (it answers UNAUTHENTICATED), the keys the tests use: the backbone key the service
 * prints once on its first start, and a dashboard key made with it through createApiKey. E2E_API_KEY and
 * E2E_DASHBOARD_KEY give them for a service started elsewhere. {} when the API needs no key.
 */
async function findKeys(baseUrl, log) {
  const probe = await graphql(baseUrl, '{ networkVersion }');
  if (probe.errors?.[0]?.extensions?.code !== 'UNAUTHENTICATED') return {};
  let backbone = process.env.E2E_API_KEY;
  // The key is printed once the server listens (ApplicationStarted), so it may reach the log just after /readyz
  // first answers: look for it for a few seconds.
  for (let tries = 0; !backbone && log && tries < 50; tries++) {
    const lines = log.join('').split('\n').map((l) => l.trim());
    const at = lines.findIndex((l) => l.includes('First start: created a backbone API key'));
    backbone = at >= 0 ? lines.slice(at + 1).find((l) => l.length > 0) : undefined;
    if (!backbone) await new Promise((r) => setTimeout(r, 200));
  }
  if (!backbone) throw new Error('The API wants a key, and none was printed on first start nor given in E2E_API_KEY.');
  let dashboard = process.env.E2E_DASHBOARD_KEY;
  if (!dashboard) {
    const created = await graphql(baseUrl,
      'mutation Key { createApiKey(role: DASHBOARD, name: "web e2e dashboard") { secret } }', {},
      { Authorization: `Bearer ${backbone}` });
    dashboard = created.data?.createApiKey?.secret;
    if (!dashboard) throw new Error(`createApiKey failed: ${JSON.stringify(created.errors)}`);
  }
  return { backbone, dashboard };
}

/**
 * Writes a generated network document with the API host's `generate` command (built like the service, so a later
 * startApi({ noBuild: true }) reuses the build). Returns { path, mapNodes, output, cleanup() }.
 */
export async function generateNetwork({ organizations = 1200, seed = 1, configuration = process.env.E2E_CONFIGURATION || 'Release' } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'ci-graph-generated-'));
  const path = join(dir, `generated-${organizations}.network.json`);
  const args = ['run', '--project', join(repoRoot, 'src', 'CollectiveImpact.Graph.Api'), '-c', configuration,
    '--no-launch-profile', '--', 'generate', '--organizations', String(organizations), '--seed', String(seed), '--output', path];
  if (process.env.E2E_NO_BUILD === '1') args.splice(1, 0, '--no-build');
  const output = await new Promise((resolve, reject) => {
    const child = spawn('dotnet', args, {
      cwd: repoRoot,
      env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let text = '';
    child.stdout.on('data', (d) => { text += d; });
    child.stderr.on('data', (d) => { text += d; });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`generate exited with ${code}:\n${text.slice(-4000)}`))));
  });
  const mapNodes = Number(output.match(/(\d+) nodes in the FULL projection/)?.[1]);
  return { path, mapNodes, output, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Returns { baseUrl, keys: { backbone?, dashboard? }, headers, stop() }. `env` adds settings (e.g. Sample__Path to
 * serve a generated network); `noBuild` skips the build when it was just made.
 */
export async function startApi({
  configuration = process.env.E2E_CONFIGURATION || 'Release', timeoutMs = 240000, env = {}, noBuild = false,
} = {}) {
  if (process.env.E2E_BASE_URL) {
    const baseUrl = new URL(process.env.E2E_BASE_URL).toString();
    await waitReady(baseUrl, null, [], 30000);
    return withKeys({ baseUrl, stop: async () => {} }, await findKeys(baseUrl, null));
  }
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'ci-graph-e2e-'));
  const baseUrl = `http://127.0.0.1:${port}/`;
  const args = ['run', '--project', join(repoRoot, 'src', 'CollectiveImpact.Graph.Api'), '-c', configuration,
    '--no-launch-profile', '--urls', baseUrl.slice(0, -1)];
  if (noBuild || process.env.E2E_NO_BUILD === '1') args.splice(1, 0, '--no-build');
  const child = spawn('dotnet', args, {
    cwd: repoRoot,
    env: {
      ...process.env,
      ...env,
      Store__Sqlite__Path: join(dataDir, 'network.db'),
      ASPNETCORE_ENVIRONMENT: 'Production',
      DOTNET_CLI_TELEMETRY_OPTOUT: '1',
      DOTNET_NOLOGO: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const log = [];
  child.stdout.on('data', (d) => log.push(d.toString()));
  child.stderr.on('data', (d) => log.push(d.toString()));
  const stop = async () => {
    if (child.exitCode === null) {
      // The process group: `dotnet run` starts the app as a child of its own.
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
      await Promise.race([new Promise((r) => child.once('exit', r)), new Promise((r) => setTimeout(r, 10000))]);
      if (child.exitCode === null) { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitReady(baseUrl, child, log, timeoutMs);
    return withKeys({ baseUrl, stop, log }, await findKeys(baseUrl, log));
  } catch (e) {
    await stop();
    throw e;
  }
}

function withKeys(api, keys) {
  return { ...api, keys, headers: keys.backbone ? { Authorization: `Bearer ${keys.backbone}` } : {} };
}

/** POST /graphql from the test, as a plain client. */
export async function graphql(baseUrl, query, variables = {}, headers = {}) {
  const response = await fetch(new URL('graphql', baseUrl), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}
