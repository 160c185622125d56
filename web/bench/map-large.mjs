// Measures the network map on a large generated network: generates it with the API host's `generate` command,
// serves it (the real service, as the e2e tests start it), opens the map twice in headless Chromium and records
//   - the /graphql requests of the load (count, bytes, by operation) and how long the page waited on them,
//   - when the data was loaded, the map first drawn, the layout done and the page ready (User Timing marks),
//   - the layout's source on each visit (computed, or the cache) and the size of the cached layout,
//   - main-thread long tasks (PerformanceObserver 'longtask', > 50 ms) until ready,
//   - frame intervals (requestAnimationFrame) while zooming and panning with the mouse.
// Writes the figures as a section of web/bench/RESULTS.md (replacing a section of the same label) and prints them.
// Speed figures live here only; the tests check behaviour, never time.
//
//   - how many of them the rate limit turned away (429, retried by the page after Retry-After),
// Usage: npm run bench:map -- [--organizations 1200] [--label "after: …"] [--no-write]
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { browserMissingReason, chromiumPath, launchBrowser } from '../test/support/browser.mjs';
import Graph from 'graphology';
import { communitySpread } from '../src/map/seed.js';
import { generateNetwork, graphql, startApi } from '../test/support/server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const resultsPath = join(here, 'RESULTS.md');

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] !== undefined ? process.argv[at + 1] : fallback;
}

const organizations = Number(option('organizations', '1200'));
const label = option('label', `run of ${new Date().toISOString().slice(0, 16)}Z`);
const write = !process.argv.includes('--no-write');
if (!Number.isInteger(organizations) || organizations < 1) throw new Error(`--organizations: '${option('organizations')}' is not a positive whole number`);
const missing = browserMissingReason();
if (missing) throw new Error(`The benchmark needs Chromium: ${missing}`);

const sh = (cmd, args) => { try { return execFileSync(cmd, args, { encoding: 'utf8' }).trim(); } catch { return '?'; } };
const machine = {
  cpu: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
  memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
  node: process.version,
  chromium: sh(chromiumPath, ['--version']),
  niceness: sh('ps', ['-o', 'ni=', '-p', String(process.pid)]),
  uptimeBefore: sh('uptime', []),
};

const quantile = (values, q) => {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const ms = (v) => (Number.isFinite(v) ? `${Math.round(v).toLocaleString('en')} ms` : '–');
const s1 = (v) => (Number.isFinite(v) ? `${(v / 1000).toFixed(1)} s` : '–');
const kb = (v) => `${Math.round(v / 1024).toLocaleString('en')} KiB`;

/** Installed before the page's scripts: long tasks from the start. */
function observeLongTasks() {
  window.__benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__benchLongTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
}

async function visit(context, baseUrl, key) {
  const page = await context.newPage();
  if (key) await page.addInitScript((k) => sessionStorage.setItem('ci-graph.api-key', k), key);
  await page.addInitScript(observeLongTasks);
  const requests = [];
  page.on('requestfinished', async (request) => {
    if (!request.url().endsWith('/graphql')) return;
    const entry = { operation: request.postDataJSON()?.query?.match(/^\s*(?:query|mutation)\s+(\w+)/)?.[1] ?? '(anonymous)' };
    requests.push(entry);
    const sizes = await request.sizes();
    const timing = request.timing();
    entry.status = (await request.response())?.status();
    entry.bytes = sizes.responseBodySize + sizes.responseHeadersSize;
    entry.requestBytes = sizes.requestBodySize;
    entry.start = timing.startTime;
    entry.end = timing.startTime + timing.responseEnd;
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(baseUrl);
  await page.waitForFunction(() => window.__ciGraph?.ready === true, null, { timeout: 15 * 60000, polling: 250 });
  await new Promise((r) => setTimeout(r, 500)); // let the last requestfinished handlers run
  const state = await page.evaluate(() => {
    const marks = Object.fromEntries(performance.getEntriesByType('mark')
      .filter((m) => m.name.startsWith('ci-map:')).map((m) => [m.name.slice(7), m.startTime]));
    let layoutBytes = 0;
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      if (k.startsWith('ci-graph.layout.')) layoutBytes += (k.length + localStorage.getItem(k).length) * 2;
    }
    const { graph, analyses } = window.__ciGraph;
    return {
      marks,
      order: graph.order,
      size: graph.size,
      nodes: graph.mapNodes((id, a) => [id, a.x, a.y, analyses.communities?.get(id)]),
      layoutSource: window.__ciGraph.layoutSource,
      layoutSeed: window.__ciGraph.layoutSeed,
      layoutThread: window.__ciGraph.layoutThread,
      layoutCache: window.__ciGraph.layoutCache,
      layoutRedraws: window.__ciGraph.layoutRedraws,
      layoutBytes,
      longTasks: window.__benchLongTasks.filter((t) => t.start <= marks.ready),
      navigationStart: performance.timeOrigin,
    };
  });
  const frames = await measureFrames(page);
  await page.close();
  const graph = new Graph();
  const communities = new Map();
  for (const [id, x, y, community] of state.nodes) {
    graph.addNode(id, { x, y });
    if (community !== undefined && community !== null) communities.set(id, community);
  }
  const spread = communities.size ? communitySpread(graph, communities) : NaN;
  delete state.nodes;
  return { ...state, requests, frames, errors, spread };
}

/** Frame intervals while the mouse zooms in and out and drags the map about (sigma draws on animation frames). */
async function measureFrames(page) {
  const box = await page.locator('#map').boundingBox();
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.evaluate(() => {
    window.__benchFrames = [];
    window.__benchFramesOn = true;
    let last = performance.now();
    const tick = (t) => {
      window.__benchFrames.push(t - last);
      last = t;
      if (window.__benchFramesOn) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.mouse.move(cx, cy);
  for (let i = 0; i < 8; i++) { await page.mouse.wheel(0, -240); await page.waitForTimeout(60); }
  for (let round = 0; round < 2; round++) {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let i = 1; i <= 20; i++) await page.mouse.move(cx + i * 12 * (round ? -1 : 1), cy + i * 6, { steps: 1 });
    await page.mouse.up();
  }
  for (let i = 0; i < 8; i++) { await page.mouse.wheel(0, 240); await page.waitForTimeout(60); }
  await page.waitForTimeout(300);
  const intervals = await page.evaluate(() => { window.__benchFramesOn = false; return window.__benchFrames.slice(1); });
  return {
    count: intervals.length,
    median: quantile(intervals, 0.5),
    p95: quantile(intervals, 0.95),
    max: Math.max(...intervals),
    over50: intervals.filter((v) => v > 50).length,
  };
}

function summarize(v) {
  const byOperation = {};
  for (const r of v.requests) {
    byOperation[r.operation] ??= { count: 0, bytes: 0 };
    byOperation[r.operation].count++;
    byOperation[r.operation].bytes += r.bytes || 0;
  }
  const ready = v.marks.ready;
  const loadRequests = v.requests.filter((r) => r.start - v.navigationStart <= ready);
  return {
    requests: loadRequests.length,
    rateLimited: loadRequests.filter((r) => r.status === 429).length,
    bytes: loadRequests.reduce((s, r) => s + (r.bytes || 0), 0),
    byOperation,
    longTasks: v.longTasks.length,
    longTaskTotal: v.longTasks.reduce((s, t) => s + t.duration, 0),
    longTaskMax: Math.max(0, ...v.longTasks.map((t) => t.duration)),
  };
}

function layoutSourceText(v) {
  if (v.layoutSource !== 'computed') return v.layoutSource;
  // Pages before the worker (web/bench/RESULTS.md "before", "step 1") laid out on the main thread from one disc.
  if (!v.layoutThread) return 'computed (on the main thread, before the first draw)';
  return `computed (from ${v.layoutSeed}, in ${v.layoutThread}; cache: ${v.layoutCache})`;
}

function visitRows(name, v) {
  const s = summarize(v);
  const m = v.marks;
  return [
    `| ${name}: layout source | ${layoutSourceText(v)} |`,
    `| ${name}: community spread (mean distance to own community's centre ÷ to the map's centre; lower = tighter groups) | ${v.spread.toFixed(2)} |`,
    `| ${name}: /graphql requests until ready | ${s.requests} (${kb(s.bytes)} received; ${s.rateLimited} answered 429, retried) |`,
    `| ${name}: network data loaded | ${s1(m['network-loaded'])} |`,
    `| ${name}: analyses loaded | ${s1(m['analyses-loaded'])} |`,
    `| ${name}: first draw | ${s1(m['first-draw'])} |`,
    `| ${name}: layout (start → done) | ${ms((m['layout-end'] ?? NaN) - (m['layout-start'] ?? NaN))} |`,
    ...(v.layoutRedraws?.length ? [`| ${name}: redraws while the layout ran | ${v.layoutRedraws.length}, median ${ms(quantile(v.layoutRedraws, 0.5))}, longest ${ms(Math.max(...v.layoutRedraws))} |`] : []),
    `| ${name}: ready | ${s1(m.ready)} |`,
    `| ${name}: main-thread long tasks until ready | ${s.longTasks}, ${ms(s.longTaskTotal)} in all, longest ${ms(s.longTaskMax)} |`,
    `| ${name}: frames while zooming/panning | ${v.frames.count} frames, median ${ms(v.frames.median)}, p95 ${ms(v.frames.p95)}, longest ${ms(v.frames.max)}, ${v.frames.over50} over 50 ms |`,
  ];
}

const started = Date.now();
console.log(`Generating ${organizations} organizations…`);
const generated = await generateNetwork({ organizations });
console.log(generated.output.split('\n')[0]);
console.log('Starting the service on it…');
const api = await startApi({ env: { Sample__Path: generated.path }, noBuild: true });
let first;
let second;
let expected;
try {
  const { data } = await graphql(api.baseUrl, `{ networkVersion goals { totalCount } indicators { totalCount }
    organizations { totalCount } people { totalCount } activities { totalCount } ties { totalCount } }`, {}, api.headers);
  expected = data;
  const browser = await launchBrowser();
  try {
    console.log('First visit (empty browser profile)…');
    first = await visit(browser.context, api.baseUrl, api.keys.backbone);
    console.log('Second visit (same profile)…');
    second = await visit(browser.context, api.baseUrl, api.keys.backbone);
  } finally {
    await browser.close();
  }
} finally {
  await api.stop();
  generated.cleanup();
}
machine.uptimeAfter = sh('uptime', []);

const apiNodes = ['goals', 'indicators', 'organizations', 'people', 'activities'].reduce((n, k) => n + expected[k].totalCount, 0);
const firstSummary = summarize(first);
const operations = Object.entries(firstSummary.byOperation).sort((a, b) => b[1].count - a[1].count)
  .map(([op, { count, bytes }]) => `${op} ${count} (${kb(bytes)})`).join(', ');
const section = [
  `## ${label}`,
  '',
  `Network: \`generate --organizations ${organizations}\` → ${apiNodes.toLocaleString('en')} map nodes (API totalCount), `
    + `${expected.ties.totalCount.toLocaleString('en')} ties; the map drew ${first.order.toLocaleString('en')} nodes and `
    + `${first.size.toLocaleString('en')} edges. Backbone key, service in Release on the same machine.`,
  '',
  '| measure | figure |',
  '|---|---|',
  ...visitRows('first visit', first),
  ...visitRows('second visit', second),
  `| cached layout in localStorage | ${kb(first.layoutBytes)} (UTF-16) |`,
  '',
  `First visit's requests by operation: ${operations}.`,
  '',
  `Machine: ${machine.cpu}, ${machine.memory}; ${machine.chromium} headless with SwiftShader (software WebGL, no GPU); `
    + `Node ${machine.node}; benchmark niceness ${machine.niceness}. Shared machine: \`uptime\` before: \`${machine.uptimeBefore}\`; `
    + `after: \`${machine.uptimeAfter}\`. Whole run ${s1(Date.now() - started)}.`,
  ...(first.errors.length || second.errors.length ? ['', `Page errors: ${[...first.errors, ...second.errors].join('; ')}`] : []),
  '',
].join('\n');

console.log(`\n${section}`);
if (write) {
  const header = '# The network map on a large network: measurements\n\n'
    + 'Written by `npm run bench:map` (web/bench/map-large.mjs); see docs/web.md. Figures from one shared machine.\n\n';
  let text = existsSync(resultsPath) ? readFileSync(resultsPath, 'utf8') : header;
  const heading = `## ${label}\n`;
  const at = text.indexOf(heading);
  if (at >= 0) {
    const next = text.indexOf('\n## ', at + heading.length);
    text = text.slice(0, at) + section + (next >= 0 ? text.slice(next + 1) : '');
  } else {
    text = `${text.trimEnd()}\n\n${section}`;
  }
  writeFileSync(resultsPath, text);
  console.log(`Written to ${resultsPath}`);
}
