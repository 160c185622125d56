// End-to-end: the real API (dotnet run, fresh SQLite file, the sample loaded on first start) and the pages
// it serves, in headless Chromium. Without Chromium the browser tests are skipped with the reason.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { splitExamples } from '../src/lib/examples.js';
import { browserMissingReason, launchBrowser } from './support/browser.mjs';
import { graphql, repoRoot, startApi } from './support/server.mjs';

const artifacts = join(repoRoot, 'web', 'test-results');
const schemaText = readFileSync(join(repoRoot, 'schema.graphql'), 'utf8');
const queryFields = new Set([...schemaText.match(/^type Query \{([\s\S]*?)^\}/m)[1].matchAll(/^ {2}(\w+)[(:]/gm)].map((m) => m[1]));
const noBrowser = browserMissingReason();

/** A test that needs the browser: skipped, with the reason, where there is no Chromium (each one counted). */
function browserTest(name, options, fn) {
  if (typeof options === 'function') return test(name, { skip: noBrowser ?? false }, options);
  return test(name, { ...options, skip: noBrowser ?? options.skip ?? false }, fn);
}

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

/** How many nodes the FULL projection of the served network has, counted through the API. */
async function expectedNodeCount() {
  const { data } = await graphql(api.baseUrl, `{ goals { totalCount } indicators { totalCount }
    organizations { totalCount } people { totalCount } activities { totalCount } }`);
  return Object.values(data).reduce((sum, c) => sum + c.totalCount, 0);
}

async function openMap(setup) {
  const page = await browserSession.context.newPage();
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  if (setup) await setup(page);
  await page.goto(api.baseUrl);
  await page.waitForFunction(() => window.__ciGraph?.ready === true, null, { timeout: 90000 });
  return { page, pageErrors };
}

describe('examples against the running service', () => {
  test('every example query runs on the sample without errors; the import example is refused as documented', async () => {
    const examples = splitExamples(readFileSync(join(repoRoot, 'web', 'src', 'examples.graphql'), 'utf8'));
    for (const example of examples) {
      const variables = example.variables ? JSON.parse(example.variables) : {};
      const body = await graphql(api.baseUrl, example.query, variables);
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
    }));
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'map.png') });

    assert.equal(drawn.order, expected);
    assert.equal(drawn.people, 300, 'samples/README.md: 300 people');
    assert.ok(drawn.size > drawn.order, `edges: ${drawn.size}`);
    assert.ok(drawn.canvases >= 2, 'sigma drew its canvases');
    assert.equal(drawn.title, 'Riverbend Thrives');
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  browserTest('a second visit of the same network version reuses the cached layout', async () => {
    const { page } = await openMap();
    const source = await page.evaluate(() => window.__ciGraph.layoutSource);
    assert.equal(source, 'cache');
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
    assert.equal(cards.length, 21, 'samples/README.md: 21 indicators');
    assert.equal(cards.reduce((s, c) => s + c.points, 0), 217, 'samples/README.md: 217 measurements');
    assert.ok(cards.every((c) => c.target === 1));
    await page.close();
  });

  browserTest('the gaps panel lists the gap findings', { skip: queryFields.has('gaps') ? false : 'schema.graphql has no gaps field yet' }, async () => {
    const { page } = await openMap();
    await page.click('[data-tab=gaps]');
    const text = await page.textContent('#tab-gaps');
    assert.match(text, /Neighbourhoods are safe and connected/);
    assert.match(text, /South Ferry Logistics/);
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

  browserTest('an API that wants a key: the page asks for one and sends it as a bearer token', async () => {
    const page = await browserSession.context.newPage();
    const seen = [];
    await page.route('**/graphql', async (route) => {
      const auth = route.request().headers().authorization;
      seen.push(auth || '');
      if (auth !== 'Bearer test-key') {
        await route.fulfill({ status: 401, json: { errors: [{ message: 'An API key is required.', extensions: { code: 'UNAUTHENTICATED' } }] } });
        return;
      }
      await route.continue();
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

describe('GraphQL workbench', () => {
  browserTest('GraphiQL loads at /graphiql with the examples as tabs and runs the first one', async () => {
    const page = await browserSession.context.newPage();
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
