// End-to-end: a service that runs every centrality and every comparison as a background job (Jobs:RunAsJobAbove = 0),
// as compare does at 20,000 organizations: the map must poll the job, show an accessible progress bar, and then draw
// what the job cached (betweenness sizes; compare mode). Headless Chromium; skipped with the reason where there is none.
import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import { launchBrowser } from './support/browser.mjs';
import { browserTest, noBrowser, openMap } from './support/pages.mjs';
import { graphql, startApi } from './support/server.mjs';

let api;
let browserSession;

before(async () => {
  api = await startApi({ env: { Jobs__RunAsJobAbove: '00:00:00' }, noBuild: process.env.E2E_NO_BUILD === '1' });
  if (!noBrowser) browserSession = await launchBrowser();
});

after(async () => {
  await browserSession?.close();
  await api?.stop();
});

describe('background jobs on the map', () => {
  browserTest('a centrality answered with a job is polled, its progress shown, then its scores drawn', async () => {
    const { page, pageErrors } = await openMap(browserSession.context, api.baseUrl, { key: api.keys.backbone });

    const seen = await page.evaluate(() => ({
      jobs: window.__ciGraph.jobs,
      scored: [...(window.__ciGraph.analyses.centrality?.values() ?? [])].filter((s) => s.BETWEENNESS != null).length,
      bar: (() => {
        const bar = document.querySelector('#map-job [role="progressbar"]');
        return bar && { now: bar.getAttribute('aria-valuenow'), min: bar.getAttribute('aria-valuemin'), max: bar.getAttribute('aria-valuemax'), text: bar.getAttribute('aria-valuetext') };
      })(),
      live: document.querySelector('#map-job [aria-live]')?.textContent,
    }));
    const { data } = await graphql(api.baseUrl, '{ analysisJobs { analysis state parameters } }', {}, api.headers);

    assert.deepEqual(pageErrors, []);
    assert.equal(seen.jobs['betweenness centrality'].state, 'SUCCEEDED');
    assert.ok(seen.scored > 0, 'the betweenness scores were read after the job');
    assert.deepEqual({ ...seen.bar, text: undefined }, { now: '100', min: '0', max: '100', text: undefined });
    assert.equal(seen.bar.text, 'Computed betweenness centrality.');
    assert.equal(seen.live, 'Computed betweenness centrality.');
    assert.ok(data.analysisJobs.some((j) => j.analysis === 'centrality' && j.state === 'SUCCEEDED' && j.parameters.includes('"Betweenness"')),
      JSON.stringify(data.analysisJobs));
  });

  browserTest('a comparison answered with a job is polled, its progress shown, then compare mode drawn', async () => {
    const { page, pageErrors } = await openMap(browserSession.context, api.baseUrl, { key: api.keys.backbone });
    await page.click('#compare-button');
    await page.fill('#compare-date', '2024-12-31');
    await page.click('#compare-form button[value=compare]');
    await page.waitForFunction(() => window.__ciGraph.compare != null, null, { timeout: 60000 });

    const seen = await page.evaluate(() => ({
      job: window.__ciGraph.jobs?.['the comparison'],
      added: window.__ciGraph.compare.result.addedTies.length,
      sentences: [...document.querySelectorAll('#tab-change .sentences li')].length,
      text: document.querySelector('#map-job [role="progressbar"]')?.getAttribute('aria-valuetext'),
    }));
    const today = new Date().toISOString().slice(0, 10);
    const { data } = await graphql(api.baseUrl, `{ compare(from: { date: "2024-12-31" }, to: { date: "${today}" }) { job { id } tiesAdded { count } } }`, {}, api.headers);

    assert.deepEqual(pageErrors, []);
    assert.equal(seen.job?.state, 'SUCCEEDED', 'the map polled the comparison job to the end');
    assert.equal(seen.text, 'Computed the comparison.');
    assert.equal(data.compare.job, null, 'asked again, the comparison comes from the cache');
    assert.equal(seen.added, data.compare.tiesAdded.count);
    assert.ok(seen.sentences > 0, 'the change panel holds the sentences');
  });
});
