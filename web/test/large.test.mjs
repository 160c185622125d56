// End-to-end on a large network: `generate --organizations 1200` (5,350 map nodes, 6,812 ties) served on an empty
// store by its own service, the map opened twice in headless Chromium. Functional checks only: every node drawn, the
// layout computed in a worker from community regions and read back from the cache, and the load's requests within
// the bound that the page size gives. How fast it is lives in web/bench (npm run bench:map), never here.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe } from 'node:test';
import Graph from 'graphology';
import { communitySpread } from '../src/map/seed.js';
import { launchBrowser } from './support/browser.mjs';
import { browserTest, noBrowser, openMap } from './support/pages.mjs';
import { generateNetwork, graphql, repoRoot, startApi } from './support/server.mjs';
import { assertLabelsApart } from './support/labels.mjs';

const organizations = 1200;
const artifacts = join(repoRoot, 'web', 'test-results');
const schemaText = readFileSync(join(repoRoot, 'schema.graphql'), 'utf8');
const queryFields = new Set([...schemaText.match(/^type Query \{([\s\S]*?)^\}/m)[1].matchAll(/^ {2}(\w+)[(:]/gm)].map((m) => m[1]));
// The page asks every list at the largest page the schema states (src/lib/api.js, maxPageSizeOf).
const pageSize = Number(schemaText.match(/at most (\d+) \(more fails with INVALID_ARGUMENT\)/)[1]);
// Lists inside each item (src/map/load.js) and communities per page (src/map/analyses.js).
const nestedPageSize = 50;
const communitiesPerPage = 100;
const skip = noBrowser
  ?? (process.env.E2E_BASE_URL ? 'E2E_BASE_URL points at a running service; this test serves a generated network of its own' : false);

let generated;
let api;
let browserSession;

before(async () => {
  if (skip) return;
  generated = await generateNetwork({ organizations });
  api = await startApi({ env: { Sample__Path: generated.path }, noBuild: true });
  browserSession = await launchBrowser();
}, { timeout: 600000 });

after(async () => {
  await browserSession?.close();
  await api?.stop();
  generated?.cleanup();
});

const pages = (total, size = pageSize) => Math.max(1, Math.ceil(total / size));

/**
 * The most /graphql requests the map may send to load this network: one page per `pageSize` items of every list it
 * reads (the six node and tie lists, the centrality scores and every analysis list), one per further page of a
 * nested list longer than `nestedPageSize` or of a community longer than a page, one for the network's head and one
 * per single-object analysis. With 100 per page the same network took 251 requests (web/bench/RESULTS.md).
 */
async function requestBound() {
  const has = (field) => queryFields.has(field);
  // Two requests: the API runs at most 5 analyses in one (Scheduler:MaxAnalysesPerRequest).
  const ask = async (selection) => {
    const { data, errors } = await graphql(api.baseUrl, `{ ${selection} }`, {}, api.headers);
    assert.equal(errors, undefined, JSON.stringify(errors));
    return data;
  };
  const data = {
    ...await ask(`
    goals { totalCount } indicators { totalCount } organizations { totalCount } people { totalCount }
    activities { totalCount } ties { totalCount }
    ${has('centrality') ? 'centrality(projection: FULL, measure: BETWEENNESS) { scores(first: 0) { totalCount } }' : ''}
    ${has('communities') ? `communities(projection: FULL) { communities(first: ${communitiesPerPage}) { totalCount items { size } } }` : ''}
    ${has('cutPoints') ? 'cutPoints(projection: FULL) { articulationPoints(first: 0) { totalCount } }' : ''}`),
    ...await ask(`
    ${has('gaps') ? 'gaps { findings(first: 0) { totalCount } }' : ''}
    ${has('overlaps') ? 'overlaps { pairs(first: 0) { totalCount } }' : ''}
    ${has('indicatorProgress') ? 'indicatorProgress { indicators(first: 0) { totalCount } }' : ''}
    ${has('brokerage') ? 'brokerage(top: 10) { recommendations(first: 0) { totalCount } }' : ''}
    __typename`),
  };
  const nested = await nestedOverflow();
  let bound = 1 + nested;
  for (const list of ['goals', 'indicators', 'organizations', 'people', 'activities', 'ties']) bound += pages(data[list].totalCount);
  if (data.centrality) bound += pages(data.centrality.scores.totalCount);
  if (data.communities) {
    const { totalCount, items } = data.communities.communities;
    bound += pages(totalCount, communitiesPerPage);
    bound += items.reduce((sum, c) => sum + (c.size > pageSize ? pages(c.size - pageSize) : 0), 0);
  }
  for (const list of [data.cutPoints?.articulationPoints, data.gaps?.findings, data.overlaps?.pairs,
    data.indicatorProgress?.indicators, data.brokerage?.recommendations]) {
    if (list) bound += pages(list.totalCount);
  }
  bound += ['reinforcement', 'whatIf', 'equityLens', 'communityOverview', 'findingReviews'].filter(has).length;
  // The editing controls (edit.js): who is calling, then, for the backbone, its last change and the proposals waiting.
  bound += 2;
  return bound;
}

/** Every item of a top-level list, read as the backbone a page at a time. */
async function everyItem(field, selection) {
  const items = [];
  let after = null;
  for (;;) {
    const { data } = await graphql(api.baseUrl, `query($after: String) { ${field}(first: ${pageSize}, after: $after) {
      pageInfo { hasNextPage endCursor } items { ${selection} } } }`, { after }, api.headers);
    items.push(...data[field].items);
    if (!data[field].pageInfo.hasNextPage) return items;
    after = data[field].pageInfo.endCursor;
  }
}

/** Requests for the rest of nested lists longer than their first page: organizations' goals, activities' partners and indicators. */
async function nestedOverflow() {
  const overflow = (total) => (total > nestedPageSize ? pages(total - nestedPageSize) : 0);
  const organizations = await everyItem('organizations', 'goals(first: 0) { totalCount }');
  const activities = await everyItem('activities', 'partners(first: 0) { totalCount } indicators(first: 0) { totalCount }');
  return organizations.reduce((s, o) => s + overflow(o.goals.totalCount), 0)
    + activities.reduce((s, a) => s + overflow(a.partners.totalCount) + overflow(a.indicators.totalCount), 0);
}

/** Opens the map, counting the /graphql requests (and 429s) and whether the layout worker's script was fetched. */
async function visit() {
  const seen = { graphql: 0, rateLimited: 0, worker: 0 };
  const { page, pageErrors } = await openMap(browserSession.context, api.baseUrl, {
    key: api.keys.backbone,
    timeout: 300000,
    setup: async (p) => {
      p.on('request', (r) => {
        if (r.url().endsWith('/graphql')) seen.graphql++;
        if (r.url().endsWith('/layout-worker.js')) seen.worker++;
      });
      p.on('response', (r) => { if (r.status() === 429 || r.status() === 503) seen.rateLimited++; });
    },
  });
  const state = await page.evaluate(() => {
    const s = window.__ciGraph;
    return {
      order: s.graph.order,
      people: s.graph.filterNodes((_, a) => a.kind === 'PERSON').length,
      layout: { source: s.layoutSource, seed: s.layoutSeed, thread: s.layoutThread, cache: s.layoutCache },
      nodes: s.graph.mapNodes((id, a) => [id, a.x, a.y, s.analyses.communities?.get(id) ?? null]),
      canvases: document.querySelectorAll('#map canvas').length,
    };
  });
  return { page, pageErrors, seen, ...state };
}

describe('the map on a 5,000+ node network', () => {
  browserTest('draws every node, lays it out in a worker grouped by community, within the request bound; the second visit reads the cache', { skip, timeout: 900000 }, async (t) => {
    // The stored network is what generate wrote; the map draws it as of today (UTC), without the activities that
    // ended or have not started (network-format.md, Time), so the drawn count is the stored one less those.
    const today = new Date().toISOString().slice(0, 10);
    const { data: totals } = await graphql(api.baseUrl, `{ goals { totalCount } indicators { totalCount }
      organizations { totalCount } people { totalCount } activities { totalCount } }`, {}, api.headers);
    const { data: { activities: activitiesToday } } = await graphql(api.baseUrl, `{ activities(asOf: "${today}") { totalCount } }`, {}, api.headers);
    const stored = Object.values(totals).reduce((sum, c) => sum + c.totalCount, 0);
    const expected = stored - totals.activities.totalCount + activitiesToday.totalCount;
    const bound = await requestBound();

    const first = await visit();
    await first.page.selectOption('#color-by', 'community');
    mkdirSync(artifacts, { recursive: true });
    await first.page.screenshot({ path: join(artifacts, 'map-large.png') });
    await first.page.close();
    const second = await visit();
    await second.page.close();
    t.diagnostic(`${expected} nodes; /graphql requests: ${first.seen.graphql} then ${second.seen.graphql}, at most ${bound} at ${pageSize} per page`);

    assert.ok(expected >= 5000, `a 5,000+ node network: ${expected}`);
    assert.equal(stored, generated.mapNodes, 'the API serves what generate wrote');
    assert.equal(first.order, expected, 'every node the API reports is drawn');
    assert.equal(first.people, totals.people.totalCount);
    assert.ok(first.canvases >= 2, 'sigma drew its canvases');
    assert.ok(first.seen.graphql <= bound, `${first.seen.graphql} /graphql requests; at most ${bound} at ${pageSize} per page`);
    assert.equal(first.seen.rateLimited, 0, 'no request was turned away by the rate limit or the analysis queue');
    assert.deepEqual(first.layout, {
      source: 'computed',
      seed: queryFields.has('communities') ? 'communities' : 'one disc',
      thread: 'DedicatedWorkerGlobalScope',
      cache: 'stored',
    });
    assert.equal(first.seen.worker, 1, 'the layout worker was loaded');
    if (queryFields.has('communities')) {
      // Communities read as groups: mixed through each other the ratio is near 1 (web/test/seed.test.mjs).
      const graph = new Graph();
      const communities = new Map();
      for (const [id, x, y, c] of first.nodes) {
        graph.addNode(id, { x, y });
        if (c !== null) communities.set(id, c);
      }
      assert.equal(communities.size, expected, 'every node has a community');
      const spread = communitySpread(graph, communities);
      t.diagnostic(`community spread after the layout: ${spread.toFixed(2)}`);
      assert.ok(spread < 0.5, `community spread after the layout: ${spread}`);
    }
    assert.deepEqual(first.pageErrors, []);

    assert.equal(second.order, expected);
    assert.equal(second.layout.source, 'cache');
    assert.equal(second.seen.worker, 0, 'no layout was computed');
    assert.ok(second.seen.graphql <= bound);
    const firstPositions = new Map(first.nodes.map(([id, x, y]) => [id, [x, y]]));
    for (const [id, x, y] of second.nodes) {
      const [x0, y0] = firstPositions.get(id);
      assert.ok(Math.abs(x - x0) < 0.01 && Math.abs(y - y0) < 0.01, `${id} moved between visits`);
    }
    assert.deepEqual(second.pageErrors, []);
  });

  browserTest('findings tables page and filter, the table view, labels and the report hold at this size', { skip, timeout: 900000 }, async (t) => {
    const { page, pageErrors } = await openMap(browserSession.context, api.baseUrl, { key: api.keys.backbone, timeout: 300000 });
    const { data } = await graphql(api.baseUrl, '{ gaps { findings(first: 0) { totalCount } } }', {}, api.headers);
    const gapCount = data.gaps.findings.totalCount;
    t.diagnostic(`${gapCount} gap findings`);
    mkdirSync(artifacts, { recursive: true });

    // People on demand: a map this big starts without its people; focusing an organization shows its own.
    assert.equal(await page.isChecked('#kind-filter input[value=PERSON]'), false);
    const people = await page.evaluate(() => {
      const { graph, renderer } = window.__ciGraph;
      const shownPeople = () => graph.filterNodes((id, a) => a.kind === 'PERSON' && !renderer.getNodeDisplayData(id)?.hidden).length;
      const before = shownPeople();
      const org = graph.findNode((id, a) => a.kind === 'ORGANIZATION' && graph.someNeighbor(id, (n, b) => b.kind === 'PERSON'));
      return { before, org };
    });
    await page.fill('#search', people.org);
    await page.click('#search-form button[type=submit]');
    const focusedPeople = await page.evaluate(() => {
      const { graph, renderer, focus } = window.__ciGraph;
      return graph.filterNodes((id, a) => a.kind === 'PERSON' && !renderer.getNodeDisplayData(id)?.hidden && focus.nodes.has(id)).length;
    });
    assert.equal(people.before, 0, 'no person drawn at first');
    assert.ok(focusedPeople > 0, 'the focused organization\'s people appear');
    assert.match(await page.textContent('#legend'), /People are left off a map this big/);
    await page.click('#clear-focus');

    // Gaps: hundreds of findings, 20 to a page, filtered by kind, saved as shown.
    await page.click('#widen-panel');
    await page.click('[data-tab=gaps]');
    assert.ok(gapCount > 100, `${gapCount} findings`);
    assert.equal(await page.$$eval('#gaps-table tbody tr', (r) => r.length), 20);
    assert.equal(await page.textContent('#gaps-table .page-of'), `1–20 of ${gapCount}`);
    const kinds = await page.$$eval('#gaps-table select[data-filter=kind] option', (o) => o.slice(1).map((x) => x.value));
    await page.selectOption('#gaps-table select[data-filter=kind]', kinds[0]);
    const filtered = Number((await page.textContent('#gaps-table .page-of')).split(' of ')[1]);
    assert.ok(filtered > 0 && filtered < gapCount, `${filtered} of ${gapCount} for ${kinds[0]}`);
    const kindShown = await page.$$eval('#gaps-table tbody tr td:first-child', (cells) => [...new Set(cells.map((c) => c.textContent))]);
    assert.equal(kindShown.length, 1, 'one kind shown');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#gaps-table .save-shown')]);
    assert.equal(readFileSync(await csv.path(), 'utf8').trim().split('\r\n').length, filtered + 1, 'every filtered row, not one page');
    await page.screenshot({ path: join(artifacts, 'large-gaps-table.png') });

    // The table view: every node drawn, 50 to a page.
    const order = await page.evaluate(() => window.__ciGraph.graph.order);
    await page.click('#view-table');
    assert.equal(await page.textContent('#table-view-body .findings-summary'), `${order} nodes.`);
    assert.equal(await page.$$eval('#table-view-body tbody tr', (r) => r.length), 50);
    await page.screenshot({ path: join(artifacts, 'large-table-view.png') });
    await page.click('#view-table');

    // All labels: none overlapping, none past the edge.
    await page.check('#overlay-labels');
    await page.waitForTimeout(500);
    const drawn = await page.evaluate(() => ({ boxes: [...window.__ciGraph.labels.drawn().values()], width: window.__ciGraph.renderer.getDimensions().width }));
    assert.ok(drawn.boxes.length > 20, `${drawn.boxes.length} labels`);
    assertLabelsApart(drawn.boxes, drawn.width);
    await page.screenshot({ path: join(artifacts, 'large-all-labels.png') });

    // The community overview: a named bubble per community.
    await page.uncheck('#overlay-labels');
    await page.click('#view-overview');
    await page.waitForFunction(() => window.__ciGraph.overviewRenderer);
    const overview = await page.evaluate(() => ({ bubbles: window.__ciGraph.overviewRenderer.getGraph().order, communities: window.__ciGraph.analyses.communityCount,
      names: [...document.querySelectorAll('#overview-list strong')].map((n) => n.textContent) }));
    t.diagnostic(`${overview.bubbles} communities: ${overview.names.slice(0, 5).join(' | ')}`);
    assert.equal(overview.bubbles, overview.communities);
    assert.equal(new Set(overview.names).size, overview.names.length);
    await page.screenshot({ path: join(artifacts, 'large-overview.png') });
    await page.click('#view-overview');

    // The report: the figures of this network, the gap count, a chart per indicator.
    await Promise.all([page.waitForURL(/\/report/), page.click('#report-link')]);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 600000 });
    const text = await page.textContent('#report');
    assert.match(text, new RegExp(`${gapCount.toLocaleString('en')}gaps against the five conditions`));
    assert.match(text, /What changed since/);
    await page.screenshot({ path: join(artifacts, 'large-report.png') });
    assert.deepEqual(pageErrors, []);
    await page.close();
  });
});
