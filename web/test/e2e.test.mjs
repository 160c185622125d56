// End-to-end: the real API (dotnet run, fresh SQLite file, the sample loaded on first start) and the pages
// it serves, in headless Chromium. Without Chromium the browser tests are skipped with the reason.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { splitExamples } from '../src/lib/examples.js';
import { launchBrowser } from './support/browser.mjs';
import { browserTest, newPage as newPageWithKey, noBrowser, openMap as openMapWithKey } from './support/pages.mjs';
import { graphql, repoRoot, startApi } from './support/server.mjs';
import { assertLabelsApart } from './support/labels.mjs';

const artifacts = join(repoRoot, 'web', 'test-results');
const schemaText = readFileSync(join(repoRoot, 'schema.graphql'), 'utf8');
const queryFields = new Set([...schemaText.match(/^type Query \{([\s\S]*?)^\}/m)[1].matchAll(/^ {2}(\w+)[(:]/gm)].map((m) => m[1]));

let api;
let browserSession;

before(async () => {
  api = await startApi();
  if (!noBrowser) browserSession = await launchBrowser();
});

after(async () => {
  await browserSession?.close();
  await api?.stop();
});

/**
 * How many nodes the FULL projection of the served network has today, counted through the API: the map draws the
 * network as of today (UTC), so activities that ended or have not started are not nodes (network-format.md, Time).
 */
async function expectedNodeCount() {
  const today = new Date().toISOString().slice(0, 10);
  const { data } = await graphql(api.baseUrl, `{ goals { totalCount } indicators { totalCount }
    organizations(asOf: "${today}") { totalCount } people(asOf: "${today}") { totalCount } activities(asOf: "${today}") { totalCount } }`, {}, api.headers);
  return Object.values(data).reduce((sum, c) => sum + c.totalCount, 0);
}

/** A new tab holding this key (the backbone key where the API wants one), as the key dialog would leave it. */
const newPage = (key = api.keys.backbone) => newPageWithKey(browserSession.context, key);

const openMap = (setup, key = api.keys.backbone) => openMapWithKey(browserSession.context, api.baseUrl, { setup, key });

describe('examples against the running service', () => {
  test('every example query runs on the sample without errors; the import example is refused as documented', async () => {
    const examples = splitExamples(readFileSync(join(repoRoot, 'web', 'src', 'examples.graphql'), 'utf8'));
    for (const example of examples) {
      const variables = example.variables ? JSON.parse(example.variables) : {};
      const body = await graphql(api.baseUrl, example.query, variables, api.headers);
      if (example.mutation) {
        assert.equal(body.errors?.[0]?.extensions?.code, 'INVALID_INPUT', `${example.name}: ${JSON.stringify(body)}`);
      } else {
        assert.equal(body.errors, undefined, `${example.name}: ${JSON.stringify(body.errors)}`);
        assert.ok(body.data, example.name);
      }
    }
  });
});

describe('network map', () => {
  browserTest('the page loads and draws every node of the sample, and a screenshot is saved', async () => {
    const expected = await expectedNodeCount();
    const { page, pageErrors } = await openMap();

    const drawn = await page.evaluate(() => ({
      order: window.__ciGraph.graph.order,
      size: window.__ciGraph.graph.size,
      people: window.__ciGraph.graph.filterNodes((_, a) => a.kind === 'PERSON').length,
      canvases: document.querySelectorAll('#map canvas').length,
      title: document.getElementById('initiative-name').textContent,
      analysisProblems: window.__ciGraph.analyses.problems,
      analysesLoaded: window.__ciGraph.analyses.available,
      layout: {
        source: window.__ciGraph.layoutSource,
        seed: window.__ciGraph.layoutSeed,
        thread: window.__ciGraph.layoutThread,
        cache: window.__ciGraph.layoutCache,
      },
    }));
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'map.png') });

    assert.equal(drawn.order, expected);
    assert.equal(drawn.people, 300, 'samples/README.md: 300 people');
    assert.ok(drawn.size > drawn.order, `edges: ${drawn.size}`);
    assert.ok(drawn.canvases >= 2, 'sigma drew its canvases');
    assert.equal(drawn.title, 'Riverbend Thrives');
    assert.deepEqual(drawn.analysisProblems, [], 'every analysis the API offers loaded');
    const offered = ['centrality', 'communities', 'communityOverview', 'cutPoints', 'gaps', 'overlaps', 'reinforcement', 'indicatorProgress',
      'brokerage', 'whatIf', 'equityLens', 'findingReviews'].filter((f) => queryFields.has(f));
    assert.deepEqual([...drawn.analysesLoaded].sort(), offered.sort());
    // The first visit of this browser profile lays the map out: in the worker, from community regions, then caches it.
    assert.deepEqual(drawn.layout, {
      source: 'computed',
      seed: queryFields.has('communities') ? 'communities' : 'one disc',
      thread: 'DedicatedWorkerGlobalScope',
      cache: 'stored',
    });
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  browserTest('a second visit of the same network version reuses the cached layout', async () => {
    const first = await openMap();
    const positions = await first.page.evaluate(() => window.__ciGraph.graph.getNodeAttributes('o-backbone'));
    await first.page.close();

    const { page } = await openMap();
    const again = await page.evaluate(() => ({
      source: window.__ciGraph.layoutSource,
      backbone: window.__ciGraph.graph.getNodeAttributes('o-backbone'),
    }));
    assert.equal(again.source, 'cache');
    assert.ok(Math.abs(again.backbone.x - positions.x) < 0.01 && Math.abs(again.backbone.y - positions.y) < 0.01);
    await page.close();
  });

  browserTest('searching a node by name focuses its neighbourhood and shows its details', async () => {
    const { page } = await openMap();
    await page.fill('#search', 'Riverbend Thrives Backbone');
    await page.click('#search-form button[type=submit]');
    await page.waitForSelector('#details-title');

    const focus = await page.evaluate(() => {
      const { focus, graph } = window.__ciGraph;
      return { center: focus.center, size: focus.nodes.size, neighbours: graph.neighbors(focus.center).length };
    });
    assert.equal(focus.center, 'o-backbone');
    assert.equal(focus.size, focus.neighbours + 1, 'depth 1: the node and its neighbours');
    assert.match(await page.textContent('#details-title'), /Riverbend Thrives Backbone/);
    assert.match(await page.textContent('#tab-details'), /the backbone organization/);
    await page.screenshot({ path: join(artifacts, 'map-focus.png') });
    await page.close();
  });

  browserTest('filters hide nodes: showing only organizations of one sector', async () => {
    const { page } = await openMap();
    await page.selectOption('#sector-filter', 'EDUCATION');
    const visible = await page.evaluate(() => {
      const { graph, renderer } = window.__ciGraph;
      return graph.filterNodes((id) => !renderer.getNodeDisplayData(id)?.hidden).length;
    });
    assert.equal(visible, 10, 'samples/README.md: 10 education organizations');
    await page.close();
  });

  browserTest('the indicators panel charts baseline, measurements and target for every indicator', async () => {
    const { page } = await openMap();
    await page.click('[data-tab=indicators]');
    await page.waitForSelector('#tab-indicators .indicator-card svg .series');
    const cards = await page.$$eval('#tab-indicators .indicator-card', (all) => all.map((c) => ({
      points: c.querySelectorAll('.point').length,
      target: c.querySelectorAll('.target').length,
    })));
    await page.screenshot({ path: join(artifacts, 'map-indicators.png') });
    assert.equal(cards.length, 21, 'samples/README.md: 21 indicators');
    assert.equal(cards.reduce((s, c) => s + c.points, 0), 217, 'samples/README.md: 217 measurements');
    assert.ok(cards.every((c) => c.target === 1));
    await page.close();
  });

  browserTest('the gaps panel lists the gap findings', { skip: queryFields.has('gaps') ? false : 'schema.graphql has no gaps field yet' }, async () => {
    const { page } = await openMap();
    await page.click('[data-tab=gaps]');
    const text = await page.textContent('#tab-gaps');
    const kinds = await page.$$eval('#gaps-table select[data-filter=kind] option', (o) => o.length - 1);
    await page.click('#tab-gaps .show-on-map');
    const focused = await page.evaluate(() => [...window.__ciGraph.focus.nodes]);
    assert.deepEqual(focused, ['g-safe-connected-neighbourhoods'], 'show on map focuses the first kind\'s nodes');
    await page.screenshot({ path: join(artifacts, 'map-gaps.png') });
    // samples/README.md, planted cases: one of each of the eight kinds.
    assert.equal(kinds, 8);
    assert.match(text, /Neighbourhoods are safe and connected/);
    assert.match(text, /South Ferry Logistics/);
    await page.close();
  });

  const needs = (field) => (queryFields.has(field) ? false : `schema.graphql has no ${field} field yet`);

  browserTest('the overlaps panel shows the planted uncoordinated pair first', { skip: needs('overlaps') }, async () => {
    const { page } = await openMap();
    await page.click('[data-tab=overlaps]');
    const first = await page.textContent('#overlaps-table tbody tr:first-child');
    assert.match(first, /Uncoordinated/);
    assert.match(await page.textContent('#tab-overlaps'), /After-School Reading Club[\s\S]*St Mark's Homework Club|St Mark's Homework Club[\s\S]*After-School Reading Club/);
    await page.close();
  });

  browserTest('the reinforcement panel shows an index per goal and the planted unreinforced pair', { skip: needs('reinforcement') }, async () => {
    const { page } = await openMap();
    await page.click('[data-tab=reinforcement]');
    const goals = await page.$$eval('#tab-reinforcement .goal-row', (rows) => rows.length);
    // The unreinforced pairs' table, filtered to the goal.
    await page.selectOption('#reinforcement-table select[data-filter=goal]', { label: 'Children read well by Year 3' });
    const reading = await page.textContent('#reinforcement-table tbody');
    assert.equal(goals, 6, 'samples/README.md: 6 goals');
    assert.match(reading, /After-School Reading Club/);
    await page.close();
  });

  browserTest('communities colour the map and articulation points stand out', { skip: needs('communities') || needs('cutPoints') }, async () => {
    const { page } = await openMap();
    await page.selectOption('#color-by', 'community');
    await page.check('#overlay-articulation');
    const seen = await page.evaluate(() => {
      const { analyses, renderer } = window.__ciGraph;
      const cut = [...analyses.articulation][0];
      return {
        communities: analyses.communityCount,
        legendRows: document.querySelectorAll('#legend .legend-row').length,
        cutPoints: analyses.articulation.size,
        cutColor: renderer.getNodeDisplayData(cut).color,
      };
    });
    await page.screenshot({ path: join(artifacts, 'map-communities.png') });
    assert.ok(seen.communities > 1, `communities: ${seen.communities}`);
    assert.ok(seen.legendRows >= seen.communities);
    assert.ok(seen.cutPoints > 0);
    assert.equal(seen.cutColor, '#111111');
    await page.close();
  });

  browserTest('the brokerage overlay draws the introductions and the panel says why', { skip: needs('brokerage') }, async () => {
    const { page } = await openMap();
    await page.check('#overlay-brokerage');
    await page.click('[data-tab=introductions]');
    const count = await page.evaluate(() => window.__ciGraph.analyses.brokerage.length);
    const text = await page.textContent('#tab-introductions');
    // Some pixels of the overlay canvas are drawn (the dashed lines and their numbers).
    const inked = await page.evaluate(() => {
      const canvas = document.querySelector('.overlay-canvas');
      const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      let n = 0;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) n++;
      return n;
    });
    await page.screenshot({ path: join(artifacts, 'map-brokerage.png') });
    assert.ok(count > 0);
    assert.equal(await page.$$eval('#introductions-table tbody tr', (tr) => tr.length), count);
    assert.match(text, /Riverbend First Nations Elders Group/, 'samples/README.md: the planted strong brokerage pair');
    assert.ok(inked > 100, `overlay pixels: ${inked}`);
    await page.close();
  });

  browserTest('a key that may not see people: FORBIDDEN people fields leave a map without people and a notice', async () => {
    // Stands in for a `dashboard` key: the people connection and ties that touch a person come back FORBIDDEN.
    const { page } = await openMap(async (p) => {
      await p.route('**/graphql', async (route) => {
        const query = route.request().postDataJSON()?.query || '';
        if (query.includes('Read_people')) {
          await route.fulfill({ json: { data: { people: null }, errors: [{ message: 'A dashboard key may not read people.', path: ['people'], extensions: { code: 'FORBIDDEN' } }] } });
          return;
        }
        const response = await route.fetch();
        const body = await response.json();
        if (query.includes('Read_ties')) {
          const items = body.data.ties.items;
          body.errors = [];
          body.data.ties.items = items.map((tie, i) => {
            if (tie.from.kind !== 'PERSON' && tie.to.kind !== 'PERSON') return tie;
            body.errors.push({ message: 'forbidden', path: ['ties', 'items', i, 'from'], extensions: { code: 'FORBIDDEN' } });
            return null;
          });
        }
        await route.fulfill({ response, json: body });
      });
    });
    const expected = await expectedNodeCount();

    const drawn = await page.evaluate(() => ({
      order: window.__ciGraph.graph.order,
      people: window.__ciGraph.graph.filterNodes((_, a) => a.kind === 'PERSON').length,
    }));
    assert.equal(drawn.people, 0);
    assert.equal(drawn.order, expected - 300);
    assert.match(await page.textContent('#banner'), /people/i);
    await page.close();
  });

  browserTest('a real dashboard key: the map is drawn without people and says so', {
    skip: process.env.E2E_DASHBOARD_KEY || schemaText.includes('createApiKey(') ? false : 'the API has no API keys yet (no createApiKey in schema.graphql)',
  }, async () => {
    assert.ok(api.keys.dashboard, 'the service wants keys, so the tests made a dashboard key');
    const expected = await expectedNodeCount();
    const { page, pageErrors } = await openMap(null, api.keys.dashboard);

    const drawn = await page.evaluate(() => ({
      order: window.__ciGraph.graph.order,
      people: window.__ciGraph.graph.filterNodes((_, a) => a.kind === 'PERSON').length,
      organizations: window.__ciGraph.graph.filterNodes((_, a) => a.kind === 'ORGANIZATION').length,
    }));
    await page.screenshot({ path: join(artifacts, 'map-dashboard.png') });
    assert.equal(drawn.people, 0);
    assert.equal(drawn.organizations, 67);
    assert.equal(drawn.order, expected - 300);
    assert.match(await page.textContent('#banner'), queryFields.has('communities') ? /may not see people: the map is drawn without the 300 people/ : /people/i);
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  browserTest('a partner key: every organization, only its own organization\'s people, and a notice saying so', {
    skip: schemaText.includes('createApiKey(') ? false : 'the API has no API keys yet (no createApiKey in schema.graphql)',
  }, async (t) => {
    if (!api.keys.backbone) {
      t.skip('the service runs without keys (Auth:Mode=None), so there is no partner role to test');
      return;
    }
    // The partner organization (not the backbone) with the most people, ties broken by id, read as the backbone.
    const { data: everyone } = await graphql(api.baseUrl,
      '{ initiative { backbone { id } } people(first: 1000) { items { organization { id name } } } }', {}, api.headers);
    const members = new Map();
    for (const { organization } of everyone.people.items) {
      if (!organization || organization.id === everyone.initiative?.backbone?.id) continue;
      members.set(organization.id, { ...organization, count: (members.get(organization.id)?.count || 0) + 1 });
    }
    const partner = [...members.values()].sort((a, b) => b.count - a.count || a.id.localeCompare(b.id))[0];
    const created = await graphql(api.baseUrl,
      'mutation Key($organization: ID!) { createApiKey(role: PARTNER, name: "web e2e partner", organization: $organization) { secret } }',
      { organization: partner.id }, api.headers);
    const key = created.data?.createApiKey?.secret;
    assert.ok(key, `createApiKey: ${JSON.stringify(created.errors)}`);
    const expected = await expectedNodeCount();
    const { data: counts } = await graphql(api.baseUrl, '{ organizations { totalCount } people { totalCount } }', {}, api.headers);

    const { page, pageErrors } = await openMap(null, key);
    const drawn = await page.evaluate(() => {
      const { graph } = window.__ciGraph;
      const people = graph.filterNodes((_, a) => a.kind === 'PERSON');
      return {
        order: graph.order,
        organizations: graph.filterNodes((_, a) => a.kind === 'ORGANIZATION').length,
        people: people.length,
        theirOrganizations: [...new Set(people.map((id) => graph.getNodeAttribute(id, 'organization')))],
        banner: document.getElementById('banner').hidden ? '' : document.getElementById('banner').textContent,
      };
    });
    await page.screenshot({ path: join(artifacts, 'map-partner.png') });
    t.diagnostic(`notice: ${drawn.banner}`);

    assert.equal(drawn.organizations, counts.organizations.totalCount, 'a partner sees every organization');
    assert.equal(drawn.people, partner.count, `only the ${partner.count} people of ${partner.name}`);
    assert.deepEqual(drawn.theirOrganizations, [partner.id]);
    assert.equal(drawn.order, expected - (counts.people.totalCount - partner.count));
    assert.match(drawn.banner, new RegExp(`only the people of ${partner.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    assert.match(drawn.banner, new RegExp(`the other ${(counts.people.totalCount - partner.count).toLocaleString('en')} people`));
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  browserTest('an API that wants a key: the page asks for one and sends it as a bearer token', async () => {
    const page = await browserSession.context.newPage();
    const seen = [];
    await page.route('**/graphql', async (route) => {
      const headers = route.request().headers();
      seen.push(headers.authorization || '');
      if (headers.authorization !== 'Bearer test-key') {
        await route.fulfill({ status: 401, json: { errors: [{ message: 'An API key is required.', extensions: { code: 'UNAUTHENTICATED' } }] } });
        return;
      }
      // Where the real API wants a key too, 'test-key' stands for the real one.
      await route.continue(api.keys.backbone ? { headers: { ...headers, authorization: `Bearer ${api.keys.backbone}` } } : undefined);
    });
    await page.goto(api.baseUrl);
    await page.waitForSelector('#key-dialog[open]');
    await page.fill('#key-input', 'test-key');
    await page.click('#key-form button[value=save]');
    await page.waitForFunction(() => window.__ciGraph?.ready === true, null, { timeout: 90000 });

    assert.equal(seen[0], '');
    assert.equal(seen.at(-1), 'Bearer test-key');
    assert.equal(await page.evaluate(() => sessionStorage.getItem('ci-graph.api-key')), 'test-key');
    await page.close();
  });
});

describe('layout fallbacks', () => {
  /** Before the page's scripts: forget the cached layouts, so this visit lays the map out again. */
  const forgetLayouts = () => {
    for (const k of Object.keys(localStorage)) if (k.startsWith('ci-graph.layout.')) localStorage.removeItem(k);
  };

  browserTest('a full localStorage: the map is laid out and drawn all the same, only not cached', async () => {
    const expected = await expectedNodeCount();
    const { page, pageErrors } = await openMap(async (p) => {
      await p.addInitScript(forgetLayouts);
      await p.addInitScript(() => {
        const setItem = Storage.prototype.setItem;
        Storage.prototype.setItem = function full(key, value) {
          if (key.startsWith('ci-graph.layout.')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          return setItem.call(this, key, value);
        };
      });
    });

    const seen = await page.evaluate(() => ({
      order: window.__ciGraph.graph.order,
      source: window.__ciGraph.layoutSource,
      cache: window.__ciGraph.layoutCache,
      cached: Object.keys(localStorage).filter((k) => k.startsWith('ci-graph.layout.')).length,
    }));
    assert.equal(seen.order, expected);
    assert.equal(seen.source, 'computed');
    assert.equal(seen.cache, 'not stored: storage full');
    assert.equal(seen.cached, 0);
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  browserTest('no layout worker (its script cannot load): the same layout runs on the main thread', async () => {
    const workerRequests = [];
    const { page, pageErrors } = await openMap(async (p) => {
      await p.addInitScript(forgetLayouts);
      await p.route('**/layout-worker.js', async (route) => {
        workerRequests.push(route.request().url());
        await route.fulfill({ status: 404, body: 'gone' });
      });
    });

    const seen = await page.evaluate(() => ({
      source: window.__ciGraph.layoutSource,
      thread: window.__ciGraph.layoutThread,
      progress: window.__ciGraph.layoutProgress,
    }));
    assert.equal(workerRequests.length, 1, 'the page tried the worker first');
    assert.equal(seen.source, 'computed');
    assert.equal(seen.thread, 'main thread');
    assert.equal(seen.progress, 1);
    assert.deepEqual(pageErrors, []);
    await page.close();
  });
});

describe('the map as of a date, and compare mode (issue 15)', () => {
  /** The map opened at this address (relative to the service), ready. */
  async function openAt(path) {
    const page = await newPage();
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(new URL(path, api.baseUrl).toString());
    await page.waitForFunction(() => window.__ciGraph?.ready === true, null, { timeout: 90000 });
    return { page, pageErrors };
  }

  const tiesAsOf = async (date) => (await graphql(api.baseUrl, `{ ties(asOf: "${date}") { totalCount } }`, {}, api.headers)).data.ties.totalCount;

  browserTest('the date control reads the network as of an earlier date, and the address keeps it', async () => {
    const { page, pageErrors } = await openAt('?asOf=2022-01-01');
    const early = await page.evaluate(() => ({
      ties: window.__ciGraph.network.ties.length, asOf: window.__ciGraph.network.asOf,
      input: document.getElementById('as-of').value, version: document.getElementById('network-version').textContent,
    }));
    assert.equal(early.ties, await tiesAsOf('2022-01-01'));
    assert.ok(early.ties < await tiesAsOf(new Date().toISOString().slice(0, 10)), 'fewer ties counted in 2022 than today');
    assert.equal(early.input, '2022-01-01');
    assert.match(early.version, /as of 1 January 2022/);

    await page.fill('#as-of', '2023-06-30');
    await Promise.all([page.waitForNavigation(), page.click('#as-of-form button[type=submit]')]);
    await page.waitForFunction(() => window.__ciGraph?.ready === true, null, { timeout: 90000 });
    assert.match(page.url(), /asOf=2023-06-30/);
    assert.equal(await page.evaluate(() => window.__ciGraph.network.ties.length), await tiesAsOf('2023-06-30'));
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'map-as-of.png') });
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  browserTest('compare mode rings newcomers, thickens added ties, ghosts ended ones and shows the change panel', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const { data } = await graphql(api.baseUrl, `{ compare(from: { date: "2024-12-31" }, to: { date: "${today}" }) {
      tiesAdded { count } tiesEnded { count } organizations { joinedCount } sentences } }`, {}, api.headers);
    const { page, pageErrors } = await openAt('');
    const order = await page.evaluate(() => window.__ciGraph.graph.order);

    await page.click('#compare-button');
    await page.fill('#compare-date', '2024-12-31');
    await page.click('#compare-form button[value=compare]');
    await page.waitForFunction(() => window.__ciGraph.compare != null, null, { timeout: 60000 });
    const seen = await page.evaluate(() => {
      const { compare, graph, renderer } = window.__ciGraph;
      const added = [...compare.addedEdges];
      return {
        added: compare.result.addedTies.length,
        ended: compare.result.endedTies.length,
        addedEdges: added.length,
        addedDrawn: added.filter((e) => renderer.getEdgeDisplayData(e)?.color === '#e65100').length,
        ghostEdges: compare.ghostEdges.length,
        ghostsPale: compare.ghostEdges.every((e) => graph.getEdgeAttribute(e, 'ghost') === true),
        joined: compare.joined.size,
        sentences: [...document.querySelectorAll('#tab-change .sentences li')].map((li) => li.textContent),
        changeShown: !document.getElementById('tab-change').hidden,
        legend: document.getElementById('legend').textContent,
      };
    });
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'map-compare.png') });

    assert.equal(seen.added, data.compare.tiesAdded.count);
    assert.equal(seen.ended, data.compare.tiesEnded.count);
    assert.ok(seen.addedEdges > 0 && seen.addedEdges <= seen.added, 'every added tie is on an edge of the map; parallel ties share one');
    assert.equal(seen.addedDrawn, seen.addedEdges, 'added edges are drawn in the added colour');
    assert.ok(seen.ghostEdges <= seen.ended && seen.ghostsPale);
    assert.equal(seen.joined, data.compare.organizations.joinedCount);
    assert.deepEqual(seen.sentences, data.compare.sentences);
    assert.ok(seen.changeShown);
    assert.match(seen.legend, /Tie added since 31 December 2024/);

    await page.click('#leave-compare');
    const after = await page.evaluate(() => ({ compare: window.__ciGraph.compare, order: window.__ciGraph.graph.order }));
    assert.equal(after.compare, null);
    assert.equal(after.order, order, 'the ghosts are gone');
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  browserTest('compare mode with a snapshot as the baseline', async () => {
    await graphql(api.baseUrl, 'mutation { createSnapshot(name: "E2E baseline") { name } }', {}, api.headers);
    const { page, pageErrors } = await openAt('');
    await page.click('#compare-button');
    await page.check('#compare-kind-snapshot');
    await page.selectOption('#compare-snapshot', 'E2E baseline');
    await page.click('#compare-form button[value=compare]');
    await page.waitForFunction(() => window.__ciGraph.compare != null, null, { timeout: 60000 });
    const result = await page.evaluate(() => window.__ciGraph.compare.result);
    assert.equal(result.from.snapshot, 'E2E baseline');
    assert.match(result.sentences[0], /^Since 'E2E baseline': 0 new cross-sector collaborations/);
    assert.equal(result.tiesAdded.count, 0, 'nothing written since the snapshot');
    assert.match(await page.textContent('#tab-change'), /the snapshot “E2E baseline”/);
    assert.deepEqual(pageErrors, []);
    await page.close();
  });
});

describe('GraphQL workbench', () => {
  browserTest('GraphiQL loads at /graphiql with the examples as tabs and runs the first one', async () => {
    const page = await newPage();
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(new URL('graphiql', api.baseUrl).toString());
    await page.waitForSelector('.graphiql-container .graphiql-execute-button', { timeout: 60000 });
    const tabs = await page.$$eval('.graphiql-tab', (all) => all.length);
    const examples = await page.evaluate(() => window.__ciGraphiQL.examples);

    await page.click('.graphiql-execute-button');
    await page.waitForFunction(() => document.querySelector('.graphiql-response')?.textContent.includes('Riverbend Thrives'), null, { timeout: 30000 });
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'graphiql.png') });

    assert.equal(examples[0], 'CommonAgenda');
    assert.equal(tabs, examples.length);
    assert.match(await page.textContent('.graphiql-response'), /"totalCount": 6/);
    assert.deepEqual(pageErrors, []);
    await page.close();
  });
});

describe('downloading the network as a file', () => {
  browserTest('the Download dialog saves what the export endpoint writes, named as it names it', async () => {
    const { page, pageErrors } = await openMap();
    await page.click('#download-button');
    await page.selectOption('#download-projection', 'FULL');
    await page.selectOption('#download-format', 'graphml');
    await page.check('input[name=download-measure][value=PAGE_RANK]');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('#download-form button[value=download]'),
    ]);
    const saved = readFileSync(await download.path(), 'utf8');
    const direct = await fetch(new URL('export/graph.graphml?projection=FULL&measures=DEGREE,PAGE_RANK', api.baseUrl), { headers: api.headers });
    const today = new Date().toISOString().slice(0, 10);

    assert.equal(direct.status, 200);
    assert.equal(saved, await direct.text());
    assert.equal(download.suggestedFilename(), `network-full-${today}.graphml`);
    assert.match(saved, /<key id="pageRank" for="node"/);
    assert.equal(await page.evaluate(() => document.getElementById('download-dialog').open), false);
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  browserTest('the dialog saves the whole network as an Excel workbook for a backbone key, and tells a dashboard why not', async () => {
    const { page, pageErrors } = await openMap();
    await page.click('#download-button');
    const [workbook] = await Promise.all([
      page.waitForEvent('download'),
      page.click('.download-workbook[data-format="xlsx"]'),
    ]);
    const saved = readFileSync(await workbook.path());
    assert.match(workbook.suggestedFilename(), /^network-version-\d+\.xlsx$/);
    assert.equal(saved.subarray(0, 2).toString('latin1'), 'PK', 'an Excel workbook is a zip package');
    assert.deepEqual(pageErrors, []);
    await page.close();

    const dashboard = await openMap(null, api.keys.dashboard);
    await dashboard.page.click('#download-button');
    await dashboard.page.click('.download-workbook[data-format="zip"]');
    await dashboard.page.waitForSelector('#download-error:not([hidden])');
    assert.match(await dashboard.page.textContent('#download-error'), /backbone only/);
    assert.deepEqual(dashboard.pageErrors, []);
    await dashboard.page.close();
  });

  browserTest('a dashboard asking for the people is told why in the dialog, and nothing is saved', async () => {
    assert.ok(api.keys.dashboard, 'the service wants keys, so the tests made a dashboard key');
    const { page, pageErrors } = await openMap(null, api.keys.dashboard);
    let downloads = 0;
    page.on('download', () => { downloads += 1; });
    await page.click('#download-button');
    await page.selectOption('#download-projection', 'PEOPLE');
    await page.click('#download-form button[value=download]');
    await page.waitForSelector('#download-error:not([hidden])');

    assert.match(await page.textContent('#download-error'), /dashboard role may see no person/);
    assert.equal(await page.evaluate(() => document.getElementById('download-dialog').open), true);
    assert.equal(downloads, 0);
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  browserTest('a findings panel saves its list as CSV and Excel, what the export endpoint writes', async () => {
    const { page, pageErrors } = await openMap();
    await page.click('[data-tab="gaps"]');
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.click('#tab-gaps .download-findings[data-format="csv"]'),
    ]);
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.click('#tab-gaps .download-findings[data-format="xlsx"]'),
    ]);
    const direct = await fetch(new URL('export/gaps.csv', api.baseUrl), { headers: api.headers });
    const today = new Date().toISOString().slice(0, 10);
    const workbook = readFileSync(await xlsx.path());

    assert.equal(readFileSync(await csv.path(), 'utf8'), await direct.text());
    assert.equal(csv.suggestedFilename(), `gaps-${today}.csv`);
    assert.equal(xlsx.suggestedFilename(), `gaps-${today}.xlsx`);
    assert.equal(workbook.subarray(0, 2).toString('latin1'), 'PK', 'an Excel workbook is a zip package');
    await page.waitForFunction((name) => document.querySelector('#tab-gaps .download-note')?.textContent === `Saved ${name}.`, xlsx.suggestedFilename());
    for (const tab of ['overlaps', 'reinforcement', 'introductions']) {
      await page.click(`[data-tab="${tab}"]`);
      assert.equal(await page.locator(`#tab-${tab} .download-findings`).count(), 2, `the ${tab} panel offers CSV and Excel`);
    }
    assert.deepEqual(pageErrors, []);
    await page.close();
  });
});

describe('importing a spreadsheet (issue 16)', () => {
  browserTest('the Import dialog checks a file first, lists its problems by cell, and writes nothing', async () => {
    const { page, pageErrors } = await openMap();
    const before = await networkVersion();
    await page.click('#import-button');
    await page.setInputFiles('#import-file', {
      name: 'Organizations.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('ID,Name,Sector\r\no-e2e-new,E2E partner,Helth\r\n'),
    });
    await page.click('#import-check');
    await page.waitForSelector('#import-report .import-problems');

    const report = await page.textContent('#import-report');
    assert.match(report, /Organizations!C2/);
    assert.match(report, /did you mean HEALTH\?/);
    assert.equal(await page.isDisabled('#import-confirm'), true);
    assert.equal(await networkVersion(), before);
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  browserTest('a checked workbook shows what would change, and Import writes it and reloads the map', async () => {
    const { page, pageErrors } = await openMap();
    const workbook = Buffer.from(await (await fetch(new URL('export/network.xlsx', api.baseUrl), { headers: api.headers })).arrayBuffer());
    const before = await networkVersion();
    await page.click('#import-button');
    await page.setInputFiles('#import-file', { name: 'network.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: workbook });
    await page.click('#import-check');
    await page.waitForSelector('#import-report .import-changes');

    assert.match(await page.textContent('#import-report'), /Checked: nothing is written yet/);
    assert.match(await page.textContent('#import-report .import-changes'), /Organizations\s*0\s*0\s*0\s*\d+/);
    assert.equal(await networkVersion(), before);
    const reloaded = page.waitForEvent('load');
    await page.click('#import-confirm');
    await page.waitForSelector('#import-report .import-changes');
    assert.match(await page.textContent('#import-report'), /Imported: the network is now version/);
    await reloaded;
    assert.equal(await networkVersion(), before + 1);
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  browserTest('the dialog saves the template workbook', async () => {
    const { page, pageErrors } = await openMap();
    await page.click('#import-button');
    const [template] = await Promise.all([page.waitForEvent('download'), page.click('#import-template')]);
    assert.equal(template.suggestedFilename(), 'network-template.xlsx');
    assert.equal(readFileSync(await template.path()).subarray(0, 2).toString('latin1'), 'PK');
    assert.deepEqual(pageErrors, []);
    await page.close();
  });
});

describe('an empty network (issue 17, item 5)', () => {
  let empty;
  before(async () => {
    if (!noBrowser) empty = await startApi({ env: { Sample__LoadOnEmptyStore: 'false' }, noBuild: true });
  });
  after(async () => { await empty?.stop(); });

  browserTest('says what to do, and the template imported from there fills the map', async () => {
    const { page, pageErrors } = await openMapWithKey(browserSession.context, empty.baseUrl, { key: empty.keys.backbone });
    assert.equal(await page.isVisible('#map-empty'), true);
    assert.match(await page.textContent('#map-empty'), /This network is empty/);
    await page.click('[data-tab="gaps"]');
    assert.match(await page.textContent('#tab-gaps'), /Nothing to analyse yet: the network is empty/);
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'empty-network.png') });

    await page.click('#map-empty-import');
    assert.equal(await page.evaluate(() => document.getElementById('import-dialog').open), true);
    const template = Buffer.from(await (await fetch(new URL('export/template.xlsx', empty.baseUrl), { headers: empty.headers })).arrayBuffer());
    await page.setInputFiles('#import-file', { name: 'network-template.xlsx', mimeType: 'application/octet-stream', buffer: template });
    await page.click('#import-check');
    await page.waitForSelector('#import-report .import-changes');
    assert.match(await page.textContent('#import-report .import-changes'), /Organizations\s*5\s*0\s*0\s*0/);
    const reloaded = page.waitForEvent('load');
    await page.click('#import-confirm');
    await reloaded;
    await page.waitForFunction(() => window.__ciGraph?.ready === true, null, { timeout: 60000 });

    assert.equal(await page.isVisible('#map-empty'), false);
    assert.ok(await page.evaluate(() => window.__ciGraph.graph.order) > 5);
    assert.deepEqual(pageErrors, []);
    await page.close();
  });
});

describe('the map view as a picture (issue 17, item 4)', () => {
  browserTest('the Download dialog saves the view as SVG and PNG, with its nodes, edges and labels', async () => {
    const { page, pageErrors } = await openMap();
    await page.click('#download-button');
    const [svgFile] = await Promise.all([page.waitForEvent('download'), page.click('.download-picture[data-format="svg"]')]);
    const svg = readFileSync(await svgFile.path(), 'utf8');
    await page.click('#download-button');
    const [pngFile] = await Promise.all([page.waitForEvent('download'), page.click('.download-picture[data-format="png"]')]);
    const png = readFileSync(await pngFile.path());
    const shown = await page.evaluate(() => {
      const { graph, renderer } = window.__ciGraph;
      return graph.filterNodes((id) => !renderer.getNodeDisplayData(id)?.hidden).length;
    });
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'map-for-picture.png') });

    const today = new Date().toISOString().slice(0, 10);
    assert.equal(svgFile.suggestedFilename(), `network-map-${today}.svg`);
    assert.match(svg, /^<\?xml[^>]*>\s*<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const circles = (svg.match(/<circle /g) || []).length;
    assert.ok(circles > 0.9 * shown && circles <= shown, `${circles} circles for ${shown} nodes shown`);
    assert.ok((svg.match(/<line /g) || []).length > circles, 'edges are drawn');
    assert.match(svg, />Riverbend Thrives Backbone<\/text>/);
    assert.equal(pngFile.suggestedFilename(), `network-map-${today}.png`);
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    assert.ok(png.readUInt32BE(16) >= 1000, 'twice the screen width');
    assert.deepEqual(pageErrors, []);
    await page.close();
  });
});

describe('the community overview (issue 17, item 1)', () => {
  browserTest('one named bubble per community, joined by their ties; choosing one opens the node map on it', async () => {
    const { page, pageErrors } = await openMap();
    const { data } = await graphql(api.baseUrl, '{ communityOverview(projection: FULL) { communities { index name size } links { from to } } }', {}, api.headers);
    const communities = data.communityOverview.communities;
    await page.click('#view-overview');
    await page.waitForFunction(() => window.__ciGraph.overviewRenderer);
    const seen = await page.evaluate(() => {
      const r = window.__ciGraph.overviewRenderer;
      const g = r.getGraph();
      return { nodes: g.order, edges: g.size, labels: [...window.__ciGraph.overviewLabels.drawn().values()], names: [...document.querySelectorAll('#overview-list strong')].map((s) => s.textContent) };
    });
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'map-overview.png') });
    assert.equal(await page.isVisible('#map'), false, 'the overview stands in for the node map');
    assert.equal(seen.nodes, communities.length);
    const { strongestLinks, linksPerCommunity } = await import('../src/map/overview-graph.js');
    assert.equal(seen.edges, strongestLinks(data.communityOverview.links, linksPerCommunity).length);
    assert.ok(seen.edges > 0 && seen.edges <= data.communityOverview.links.length);
    assert.deepEqual(seen.names, communities.map((c) => c.name));
    assert.equal(new Set(seen.names).size, seen.names.length, 'names are distinct');
    assert.ok(!seen.names.some((n) => /^Community \d+$/.test(n)), 'named, not numbered');
    assertLabelsApart(seen.labels);
    assert.match(await page.textContent('#overview-list li:first-child'), /members: .*organizations/);

    await page.click('#overview-list .open-community >> nth=1');
    assert.equal(await page.isVisible('#map'), true);
    const shown = await page.evaluate(() => {
      const { graph, renderer, analyses } = window.__ciGraph;
      const visible = graph.filterNodes((id) => !renderer.getNodeDisplayData(id)?.hidden);
      return { visible: visible.length, outside: visible.filter((id) => analyses.communities.get(id) !== 1).length, filter: document.getElementById('community-filter').value };
    });
    assert.equal(shown.filter, '1');
    assert.equal(shown.outside, 0, 'only the chosen community is shown');
    assert.ok(shown.visible > 0);
    assert.match(await page.textContent('#map-announce'), new RegExp(`community “${communities[1].name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”`));
    await page.waitForFunction(() => new URLSearchParams(location.search).get('community') === '1');
    await page.selectOption('#color-by', 'community');
    assert.ok((await page.textContent('#legend')).includes(communities[0].name), 'the legend names the communities');
    // The address keeps the overview: opened from it, the page shows the overview again.
    await page.click('#view-overview');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('overview') === '1');
    const { page: again } = await openMapWithKey(browserSession.context, page.url(), { key: api.keys.backbone });
    await again.waitForFunction(() => !document.getElementById('overview').hidden);
    await again.close();
    assert.deepEqual(pageErrors, []);
    await page.close();
  });
});

describe('labels (issue 17, item 1)', () => {
  browserTest('with All labels on, the labels drawn never overlap and none runs past the map\'s edge', async () => {
    const { page, pageErrors } = await openMap();
    await page.check('#overlay-labels');
    await page.waitForTimeout(300);
    const drawn = await page.evaluate(() => {
      const { labels, renderer } = window.__ciGraph;
      return { boxes: [...labels.drawn().entries()], width: renderer.getDimensions().width };
    });
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'map-all-labels.png') });
    assert.ok(drawn.boxes.length >= 20, `${drawn.boxes.length} labels drawn`);
    const ids = drawn.boxes.map(([id]) => id);
    assert.ok(ids.includes('o-riverbend-thrives') || ids.some((id) => id.startsWith('g-')), 'goals or the backbone are labelled first');
    assertLabelsApart(drawn.boxes, drawn.width);
    assert.deepEqual(pageErrors, []);
    await page.close();
  });
});

describe('views in the address, saved views (issue 17, item 4)', () => {
  browserTest('an address opens its view; changing the view rewrites the address; a saved view opens again', async () => {
    const search = '?color=sector&hide=PERSON&goal=g-reading-by-year-3&overlays=brokerage&focus=o-riverbend-library&depth=2&tab=gaps';
    const { page, pageErrors } = await openMapWithKey(browserSession.context, new URL(search, api.baseUrl).toString(), { key: api.keys.backbone });
    await page.waitForFunction(() => window.__ciGraph.focus?.center === 'o-riverbend-library');
    const seen = await page.evaluate(() => {
      const s = window.__ciGraph;
      return { color: s.colorBy, kinds: [...s.kinds].sort(), goal: s.goal, overlays: s.overlays, depth: s.focus.depth,
        tab: document.querySelector('.tabs [data-tab].active').dataset.tab, colorSelect: document.getElementById('color-by').value,
        personBox: document.querySelector('#kind-filter input[value=PERSON]').checked };
    });
    assert.deepEqual(seen, {
      color: 'sector', kinds: ['ACTIVITY', 'GOAL', 'INDICATOR', 'ORGANIZATION'], goal: 'g-reading-by-year-3',
      overlays: { articulation: false, brokerage: true, labels: false }, depth: 2, tab: 'gaps', colorSelect: 'sector', personBox: false,
    });
    assert.equal(await page.isVisible('#banner'), false, 'nothing in this address was refused');

    // The view changes: the address follows (without a new history entry).
    await page.selectOption('#color-by', 'community');
    await page.click('[data-tab=overlaps]');
    await page.waitForFunction(() => /color=community/.test(location.search) && /tab=overlaps/.test(location.search));
    const address = new URL(page.url());
    assert.equal(address.searchParams.get('focus'), 'o-riverbend-library');
    assert.equal(address.searchParams.get('hide'), 'PERSON');
    assert.match(address.searchParams.get('camera'), /^[-\d.]+,[-\d.]+,[\d.]+$/);

    // Saved under a name, then opened from the list in a new tab.
    await page.click('#views-button');
    assert.equal(await page.inputValue('#view-address'), page.url());
    await page.fill('#view-name', 'Reading partners');
    await page.click('#view-save');
    assert.match(await page.textContent('#views-note'), /Saved “Reading partners”/);
    const href = await page.getAttribute('#views-list a', 'href');
    assert.equal(new URL(href).search, address.search);
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'views-dialog.png') });
    const { page: again } = await openMapWithKey(browserSession.context, href, { key: api.keys.backbone });
    await again.waitForFunction(() => window.__ciGraph.focus?.center === 'o-riverbend-library');
    assert.equal(await again.evaluate(() => window.__ciGraph.colorBy), 'community');
    assert.equal(await again.evaluate(() => document.querySelector('.tabs [data-tab].active').dataset.tab), 'overlaps');
    await again.close();

    // An address asking for what the map cannot show says so and opens the map as usual.
    const { page: odd } = await openMapWithKey(browserSession.context, new URL('?color=rainbow&focus=o-nobody', api.baseUrl).toString(), { key: api.keys.backbone });
    await odd.waitForFunction(() => /cannot show/.test(document.getElementById('banner').textContent));
    assert.match(await odd.textContent('#banner'), /color.*focus on o-nobody/);
    await odd.close();
    assert.deepEqual(pageErrors, []);
    await page.close();
  });
});

describe('the state-of-the-network report (issue 17, item 4)', () => {
  browserTest('opens from the map, holds figures, change, gaps, introductions and charts, and prints to PDF', async () => {
    const { page, pageErrors } = await openMap();
    await Promise.all([page.waitForURL(/\/report/), page.click('#report-link')]);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 120000 });
    const text = await page.textContent('#report');
    const today = new Date().toISOString().slice(0, 10);
    const { data } = await graphql(api.baseUrl, `{ organizations(asOf: "${today}") { totalCount } activities(asOf: "${today}") { totalCount } gaps { findings { totalCount } } }`, {}, api.headers);
    assert.match(text, /^Riverbend Thrives/);
    assert.match(text, new RegExp(`${data.organizations.totalCount}partner organizations`));
    assert.match(text, new RegExp(`${data.gaps.findings.totalCount}gaps against the five conditions`));
    assert.match(text, new RegExp(`${data.activities.totalCount}activities under way`), 'counted as of the report\'s date');
    assert.match(text, /What changed since \d{1,2} \w+ \d{4}/, 'the change since a year before, by default');
    assert.match(text, /Introductions to make[\s\S]*#1/);
    assert.equal(await page.$$eval('#report svg.chart', (c) => c.length), 21, 'samples/README.md: a chart per indicator');
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'report.png'), fullPage: false });

    // Printed as the browser's Save as PDF does (print media, A4): the first page read back with pdf.js.
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    const file = join(artifacts, 'report.pdf');
    writeFileSync(file, pdf);
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise;
    const first = await doc.getPage(1);
    const firstText = (await first.getTextContent()).items.map((i) => i.str).join(' ');
    const [, , width, height] = first.view;
    assert.ok(doc.numPages >= 2, `${doc.numPages} pages`);
    assert.ok(Math.abs(width - 595) < 2 && Math.abs(height - 842) < 2, `A4 in points: ${width} × ${height}`);
    assert.match(firstText, /Riverbend Thrives/);
    assert.match(firstText, /State of the network as of/);
    assert.match(firstText, /partner organizations/);
    assert.doesNotMatch(firstText, /Back to the map|Print or save as PDF/, 'the tools are not printed');
    await doc.destroy();
    assert.deepEqual(pageErrors, []);
    await page.close();
  });
});

describe('share links (issue 17, item 4)', () => {
  browserTest('the backbone shares a view; a fresh browser with no key opens it read-only, until the link is revoked', async () => {
    const asOfDate = '2025-06-30';
    const { page, pageErrors } = await openMapWithKey(browserSession.context, new URL(`?asOf=${asOfDate}`, api.baseUrl).toString(), { key: api.keys.backbone });
    await page.click('#share-button');
    await page.fill('#share-label', 'Partners meeting');
    await page.selectOption('#share-role', 'DASHBOARD');
    await page.selectOption('#share-days', '7');
    await page.click('#share-create');
    await page.waitForSelector('#share-address');
    const address = await page.inputValue('#share-address');
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'share-dialog.png') });
    assert.match(address, new RegExp(`^${api.baseUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/?\\?asOf=${asOfDate}#share=cig_`));
    assert.match(await page.textContent('#share-links'), /Partners meeting[\s\S]*dashboard, until \d{4}-\d{2}-\d{2}/);

    // A fresh browser: its own profile, no key anywhere.
    const viewer = await launchBrowser();
    try {
      const shared = await viewer.context.newPage();
      const viewerErrors = [];
      shared.on('pageerror', (e) => viewerErrors.push(e.message));
      await shared.goto(address);
      await shared.waitForFunction(() => window.__ciGraph?.ready === true, null, { timeout: 90000 });
      await shared.screenshot({ path: join(artifacts, 'share-opened.png') });
      assert.equal(new URL(shared.url()).hash, '', 'the secret is taken off the address');
      assert.equal(new URL(shared.url()).searchParams.get('asOf'), asOfDate, 'the view shared is the view opened');
      assert.equal(await shared.textContent('#shared-view-note'), 'Shared view · read-only');
      assert.ok(await shared.isVisible('#shared-view-note'));
      assert.equal(await shared.isVisible('#import-button'), false);
      assert.equal(await shared.isVisible('#share-button'), false);
      const kinds = await shared.evaluate(() => {
        const counts = {};
        window.__ciGraph.graph.forEachNode((id, a) => { counts[a.kind] = (counts[a.kind] || 0) + 1; });
        return counts;
      });
      assert.ok(kinds.ORGANIZATION > 10, JSON.stringify(kinds));
      assert.equal(kinds.PERSON ?? 0, 0, 'a dashboard-level link shows no people');

      // Revoked from the same dialog: the viewer's next load is told the link no longer works.
      await page.click('#share-links .revoke-link');
      await page.waitForFunction(() => !document.querySelector('#share-links .revoke-link'));
      assert.match(await page.textContent('#share-links'), /revoked/);
      await shared.reload();
      await shared.waitForFunction(() => /no longer works/.test(document.getElementById('banner')?.textContent || ''), null, { timeout: 30000 });
      assert.equal(await shared.isVisible('#key-dialog'), false, 'a viewer of a link is not asked for a key');
      assert.deepEqual(viewerErrors, []);
    } finally {
      await viewer.close();
    }
    assert.deepEqual(pageErrors, []);
    await page.close();
  });
});

describe('accessibility (issue 17, item 6)', () => {
  browserTest('axe-core finds no serious or critical violation on the map, its panels and its dialogs', async () => {
    const { page, pageErrors } = await openMap();
    await page.addScriptTag({ path: join(repoRoot, 'web', 'node_modules', 'axe-core', 'axe.min.js') });
    const found = [];
    const check = async (where) => {
      const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
      for (const v of result.violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')) {
        found.push(`${where}: ${v.impact} ${v.id} (${v.help}) at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
      }
    };
    await check('the map');
    await page.click('.sigma-container', { position: { x: 5, y: 5 } }).catch(() => {});
    for (const tab of ['details', 'gaps', 'overlaps', 'reinforcement', 'indicators', 'introductions', 'equity', 'change']) {
      await page.click(`[data-tab="${tab}"]`);
      if (tab === 'indicators') await page.waitForSelector('#tab-indicators svg.chart');
      await check(`the ${tab} tab`);
    }
    for (const [button, dialog] of [['#import-button', 'import-dialog'], ['#share-button', 'share-dialog'], ['#views-button', 'views-dialog'], ['#download-button', 'download-dialog'], ['#compare-button', 'compare-dialog'], ['#api-key-button', 'key-dialog']]) {
      await page.click(button);
      await check(`the ${dialog}`);
      await page.evaluate((id) => document.getElementById(id).close(), dialog);
    }

    await page.click('#widen-panel');
    await page.click('[data-tab="gaps"]');
    await check('the wide gaps table');
    await page.click('#view-overview');
    await check('the community overview');
    await page.click('#view-overview');
    await page.click('#view-table');
    await check('the nodes table');
    await page.click('#table-view [data-table=ties]');
    await check('the ties table');
    await page.click('#view-table');

    assert.deepEqual(found, []);
    assert.equal(await page.getAttribute('#map-status', 'aria-live'), 'polite');
    assert.deepEqual(pageErrors, []);
    await page.close();
  });
});

describe('the map as tables, and by keyboard (issue 17, items 3 and 6)', () => {
  browserTest('Show as tables lists every node and tie drawn; filters, sort, paging and CSV work on what is shown', async () => {
    const { page, pageErrors } = await openMap();
    const drawn = await page.evaluate(() => ({ nodes: window.__ciGraph.graph.order, ties: window.__ciGraph.graph.size,
      organizations: window.__ciGraph.graph.filterNodes((_, a) => a.kind === 'ORGANIZATION').length }));
    await page.click('#view-table');
    assert.equal(await page.isVisible('#map'), false, 'the tables stand in for the map');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'table-view-title', 'focus moves to the tables');
    const summary = () => page.textContent('#table-view-body .findings-summary');
    assert.equal(await summary(), `${drawn.nodes} nodes.`);
    assert.equal(await page.$$eval('#table-view-body tbody tr', (r) => r.length), 50, 'a page of 50');
    assert.match(await page.textContent('#table-view-body .page-of'), new RegExp(`^1–50 of ${drawn.nodes}$`));
    await page.click('#table-view-body [data-page="1"]');
    assert.match(await page.textContent('#table-view-body .page-of'), new RegExp(`^51–100 of ${drawn.nodes}$`));

    await page.selectOption('#table-view-body select[data-filter=kind]', 'ORGANIZATION');
    assert.equal(await summary(), `${drawn.organizations} of ${drawn.nodes} nodes.`);
    await page.click('#table-view-body th[data-column=degree] button');
    await page.click('#table-view-body th[data-column=degree] button');
    assert.equal(await page.getAttribute('#table-view-body th[data-column=degree]', 'aria-sort'), 'descending');
    const degrees = await page.$$eval('#table-view-body tbody tr', (rows) => rows.map((r) => Number(r.children[4].textContent)));
    assert.deepEqual(degrees, [...degrees].sort((a, b) => b - a));
    assert.match(await page.textContent('#table-view-body tbody tr:first-child'), /Riverbend Thrives Backbone/, 'the backbone has the most connections');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#table-view-body .save-shown')]);
    const lines = readFileSync(await csv.path(), 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    assert.equal(lines.length, drawn.organizations + 1, 'the CSV holds every organization shown, not one page');
    assert.match(lines[0], /^Name,Kind,Sector,Community,Connections/);
    assert.match(lines[1], /^Riverbend Thrives Backbone,Organization,/);

    await page.click('#table-view [data-table=ties]');
    assert.equal(await summary(), `${drawn.ties} ties.`);
    await page.click('#table-view-body tbody tr:first-child .node-link');
    assert.notEqual(await page.evaluate(() => window.__ciGraph.selected), null, 'a name opens its details');
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'table-view.png') });
    await page.click('#view-table');
    assert.equal(await page.isVisible('#map'), true);
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  browserTest('a finding marked reviewed stays marked after a reload, and the tables can show only what is new', async () => {
    const { page, pageErrors } = await openMap();
    await page.click('[data-tab=gaps]');
    const summary = () => page.textContent('#gaps-table .findings-summary');
    const total = Number((await summary()).match(/^(\d+)/)[1]);
    const firstKey = await page.getAttribute('#gaps-table tbody tr:first-child', 'data-key');
    await page.check('#gaps-table tbody tr:first-child .review-box');
    await page.waitForFunction(() => document.querySelector('#gaps-table tbody tr:first-child')?.classList.contains('reviewed'));
    assert.match(await page.textContent('#gaps-table tbody tr:first-child .review-note'), /^reviewed \d{4}-\d{2}-\d{2} by /);
    assert.match(await summary(), new RegExp(`; ${total - 1} new, 1 reviewed\\.$`));
    await page.close();

    // The next meeting: a fresh page shows the mark, and "new" leaves the finding out.
    const { page: later } = await openMap();
    await later.click('[data-tab=gaps]');
    assert.equal(await later.isChecked(`#gaps-table tr[data-key="${firstKey}"] .review-box`), true);
    await later.selectOption('#gaps-table select[data-filter=shown]', 'new');
    assert.match(await later.textContent('#gaps-table .findings-summary'), new RegExp(`^${total - 1} of ${total} gap findings`));
    assert.equal(await later.$(`#gaps-table tr[data-key="${firstKey}"]`), null);
    const { data } = await graphql(api.baseUrl, '{ findingReviews { key } auditLog(first: 5) { edges { node { operation } } } }', {}, api.headers);
    assert.ok(data.findingReviews.some((r) => r.key === firstKey));
    assert.ok(data.auditLog.edges.some((e) => e.node.operation === 'markFindingReviewed'));

    // Unmarked again: new again.
    await later.selectOption('#gaps-table select[data-filter=shown]', 'reviewed');
    // A click, not uncheck(): under "reviewed" the row leaves the table as soon as the API answers, and
    // uncheck() re-reads the box after its click, waiting for a row that is (rightly) gone when the answer is quick.
    await later.click(`#gaps-table tr[data-key="${firstKey}"] .review-box`);
    await later.waitForFunction(() => /Nothing matches/.test(document.querySelector('#gaps-table tbody').textContent));
    // A dashboard key sees no review column.
    const { page: dashboard } = await openMap(undefined, api.keys.dashboard);
    await dashboard.click('[data-tab=gaps]');
    assert.equal(await dashboard.$('#gaps-table .review-box'), null);
    assert.equal(await dashboard.$('#gaps-table select[data-filter=shown]'), null);
    assert.deepEqual(pageErrors, []);
    await later.close();
    await dashboard.close();
  });

  browserTest('the map by keyboard: N steps through the largest nodes, Enter opens a neighbourhood, Escape clears, each announced', async () => {
    const { page, pageErrors } = await openMap();
    await page.focus('#map');
    await page.keyboard.press('n');
    const first = await page.evaluate(() => window.__ciGraph.selected);
    const largest = await page.evaluate(() => {
      const { graph, renderer } = window.__ciGraph;
      return graph.filterNodes((id) => !renderer.getNodeDisplayData(id)?.hidden)
        .sort((x, y) => graph.getNodeAttribute(y, 'size') - graph.getNodeAttribute(x, 'size'))[0];
    });
    assert.equal(first, largest, 'N starts at the largest node');
    assert.match(await page.textContent('#map-announce'), /connections\. 1 of \d+\./);
    assert.match(await page.textContent('#tab-details'), new RegExp(await page.evaluate((id) => window.__ciGraph.graph.getNodeAttribute(id, 'label'), first)));
    assert.match(await page.textContent('#tab-details'), /\(among the top tenth\)/, 'the largest node\'s score is said to be among the top tenth of its kind');
    assert.match(await page.getAttribute('#tab-details abbr', 'title'), /Typical among \w+ here: median /);
    await page.keyboard.press('Enter');
    assert.match(await page.textContent('#map-announce'), /^The neighbourhood of .+: \d+ nodes\./);
    await page.keyboard.press('n');
    const neighbour = await page.evaluate(() => window.__ciGraph.selected);
    assert.ok(await page.evaluate(([a, b]) => window.__ciGraph.graph.areNeighbors(a, b), [first, neighbour]), 'N now steps through its neighbours');
    assert.match(await page.textContent('#map-announce'), / around /);
    const before = await page.evaluate(() => window.__ciGraph.renderer.getCamera().getState());
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(300);
    const after = await page.evaluate(() => window.__ciGraph.renderer.getCamera().getState());
    assert.ok(after.x > before.x, 'the arrow moved the view');
    await page.keyboard.press('Escape');
    assert.equal(await page.evaluate(() => window.__ciGraph.focus), null);
    assert.match(await page.textContent('#map-announce'), /whole map/);
    assert.deepEqual(pageErrors, []);
    await page.close();
  });
});

async function networkVersion() {
  const response = await fetch(new URL('graphql', api.baseUrl), {
    method: 'POST',
    headers: { ...api.headers, 'Content-Type': 'application/json' },
    body: JSON.stringify({ query: '{ networkVersion }' }),
  });
  return (await response.json()).data.networkVersion;
}
