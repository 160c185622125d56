// End-to-end, the partner survey (issue 18; docs/survey.md): the real API (dotnet run, fresh files, the sample) and
// its /surveys and /survey pages in headless Chromium. The backbone makes a round in the browser; two partners open
// their personal links in fresh browsers with no key (one on a phone-sized screen), one saves a draft and resumes it,
// a refused answer is shown at its field, both submit; the results and reciprocity come out as the spec says; the
// round is closed and applied after a dry run; a partner's link reads nothing but its own form. Without Chromium the
// tests are skipped with the reason.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe } from 'node:test';
import { launchBrowser } from './support/browser.mjs';
import { axeProblems, useSession } from './support/session.mjs';
import { browserTest, newPage } from './support/pages.mjs';
import { graphql, repoRoot } from './support/server.mjs';

const artifacts = join(repoRoot, 'web', 'test-results');
const YOUTH = 'Youth Futures Riverbend';
const FOOD = 'Riverbend Food Share';
const READING = 'Reading Rivers Literacy Trust';

const session = useSession();

/** Answers one partner's card on the form: works together, how often, level, and the six scores. */
async function answer(page, name, { frequency, level, trust, value, achieved }) {
  const card = page.locator('fieldset.answer', { has: page.locator('.partner-name', { hasText: name }) });
  await card.getByLabel('Yes', { exact: true }).check();
  await card.getByLabel('How often are you in touch?').selectOption(frequency);
  await card.locator('fieldset[data-field=level]').locator(`input[value="${level}"]`).check();
  for (const field of ['reliable', 'supportsMission', 'openToDiscussion']) {
    if (trust != null) await card.locator(`fieldset[data-field=${field}]`).locator(`input[value="${trust}"]`).check();
  }
  for (const field of ['influence', 'involvement', 'resources']) {
    await card.locator(`fieldset[data-field=${field}]`).locator(`input[value="${value}"]`).check();
  }
  if (achieved) await card.locator('textarea').fill(achieved);
  return card;
}

async function addPartner(page, name) {
  await page.fill('#partner-search', name);
  await page.click(`#partner-list button:has-text("Add")`);
  await page.waitForSelector(`fieldset.answer .partner-name:text-is("${name}")`);
}

async function openLink(link, { phone = false } = {}) {
  const browser = await launchBrowser();
  const page = await browser.context.newPage();
  if (phone) await page.setViewportSize({ width: 390, height: 844 });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(link);
  await page.waitForSelector('#survey-form:not([hidden])', { timeout: 30000 });
  return { browser, page, errors };
}

describe('partner survey (issue 18)', () => {
  browserTest('a round made in the browser is answered through two personal links, scored, closed and applied', async () => {
    mkdirSync(artifacts, { recursive: true });
    const backbone = await newPage(session.browser.context, session.api.keys.backbone);
    const backboneErrors = [];
    backbone.on('pageerror', (e) => backboneErrors.push(e.message));
    backbone.on('dialog', (d) => d.accept());
    await backbone.goto(new URL('surveys', session.api.baseUrl).toString());
    await backbone.waitForSelector('#new-round:not([hidden])');
    await backbone.fill('#round-name', 'Partner survey, e2e');
    await backbone.fill('#round-question', 'What should we do next year?');
    // Refused first (nobody invited yet): the server's problem at the field, and no round made.
    await backbone.click('#new-round-form button[type=submit]');
    await backbone.waitForSelector('#round-invited-error:not([hidden])');
    assert.match(await backbone.textContent('#round-invited-error'), /at least two organizations/);
    assert.equal(await backbone.isVisible('#links-section'), false);
    for (const name of [YOUTH, FOOD, READING]) {
      await backbone.fill('#invite-search', name);
      await backbone.locator('#invite-list label', { hasText: name }).locator('input').check();
    }
    assert.match(await backbone.textContent('#invited-count'), /^\(3 chosen of \d+\)$/);
    await backbone.click('#new-round-form button[type=submit]');
    await backbone.waitForSelector('#links-section:not([hidden])');
    const links = Object.fromEntries(await backbone.$$eval('#links-table tbody tr', (rows) => rows.map((r) => [r.querySelector('th').textContent, r.querySelector('a').href])));
    await backbone.screenshot({ path: join(artifacts, 'survey-links.png') });
    assert.deepEqual(Object.keys(links).sort(), [FOOD, READING, YOUTH].sort());
    for (const link of Object.values(links)) assert.match(link, /\/survey#key=cig_/);
    const surveysAxe = await axeProblems(backbone, 'the surveys page');

    // Youth Futures, on a phone: a draft about Food Share, saved; then the link opened again resumes it.
    const youth = await openLink(links[YOUTH], { phone: true });
    try {
      assert.equal(new URL(youth.page.url()).hash, '', 'the secret is taken off the address');
      assert.match(await youth.page.textContent('#survey-who'), /Answering for Youth Futures Riverbend/);
      await addPartner(youth.page, FOOD);
      await answer(youth.page, FOOD, { frequency: 'WEEKLY', level: 3, trust: 4, value: 3, achieved: 'Holiday meals together' });
      await youth.page.click('#save-draft');
      await youth.page.waitForFunction(() => /Draft saved/.test(document.getElementById('saved-note').textContent));
      const overflow = await youth.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `the form fits a phone's width (overflow ${overflow}px)`);
      await youth.page.screenshot({ path: join(artifacts, 'survey-form-phone.png'), fullPage: true });
      const formAxe = await axeProblems(youth.page, 'the survey form');
      assert.deepEqual([...surveysAxe, ...formAxe], []);

      // The link cannot read anything but its own form.
      const peek = await youth.page.evaluate(async () => {
        const key = sessionStorage.getItem('ci-graph.survey-key');
        const ask = async (query) => (await (await fetch('graphql', { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${key}` }, body: JSON.stringify({ query }) })).json());
        return {
          rounds: await ask('{ surveyRounds { id responses { answers { achieved } } } }'),
          network: await ask('{ organizations(first: 3) { items { id } } }'),
          summaries: await ask('{ surveySummaries { round } }'),
        };
      });
      for (const [what, body] of Object.entries(peek)) {
        assert.equal(body.errors?.[0]?.extensions?.code, 'FORBIDDEN', `${what}: ${JSON.stringify(body)}`);
        assert.equal(body.data ?? null, null, what);
      }

      const resumed = await youth.browser.context.newPage();
      await resumed.goto(links[YOUTH]);
      await resumed.waitForSelector('#survey-form:not([hidden])');
      assert.match(await resumed.textContent('#survey-status'), /draft is loaded/);
      const card = resumed.locator('fieldset.answer', { has: resumed.locator('.partner-name', { hasText: FOOD }) });
      assert.equal(await card.locator('fieldset[data-field=level] input[value="3"]').isChecked(), true);
      assert.equal(await card.locator('textarea').inputValue(), 'Holiday meals together');
      await addPartner(resumed, READING);
      await answer(resumed, READING, { frequency: 'MONTHLY', level: 2, trust: 3, value: 2 });
      await resumed.fill('#open-answer', 'Share more data');
      await resumed.click('#submit-answers');
      await resumed.waitForFunction(() => /Submitted at/.test(document.getElementById('saved-note').textContent));
      assert.deepEqual(youth.errors, []);
    } finally {
      await youth.browser.close();
    }

    // Food Share: a submission missing a trust answer is refused at that field, in the server's words; then fixed.
    const food = await openLink(links[FOOD]);
    try {
      await addPartner(food.page, YOUTH);
      await answer(food.page, YOUTH, { frequency: 'MONTHLY', level: 4, trust: null, value: 4 });
      const card = food.page.locator('fieldset.answer', { has: food.page.locator('.partner-name', { hasText: YOUTH }) });
      for (const field of ['reliable', 'supportsMission']) await card.locator(`fieldset[data-field=${field}] input[value="2"]`).check();
      await addPartner(food.page, READING);
      const reading = food.page.locator('fieldset.answer', { has: food.page.locator('.partner-name', { hasText: READING }) });
      await reading.getByLabel('No', { exact: true }).check();
      await food.page.click('#submit-answers');
      const error = card.locator('fieldset[data-field=openToDiscussion] .field-error');
      await error.waitFor({ state: 'visible' });
      assert.match(await error.textContent(), /'openToDiscussion' \(trust: how open to discussion they are\) is not answered/);
      assert.equal(await card.locator('fieldset[data-field=openToDiscussion]').getAttribute('aria-invalid'), 'true');
      assert.ok(await food.page.isVisible('#survey-problems'));
      await food.page.screenshot({ path: join(artifacts, 'survey-form-problem.png') });
      await card.locator('fieldset[data-field=openToDiscussion] input[value="2"]').check();
      await food.page.click('#submit-answers');
      await food.page.waitForFunction(() => /Submitted at/.test(document.getElementById('saved-note').textContent));
      assert.deepEqual(food.errors, []);
    } finally {
      await food.browser.close();
    }

    // The results, as analyses.md §7 defines them: 2 of 3 answered; Food Share–Youth Futures confirmed (level
    // (3 + 4) / 2 → 4), Reading Rivers–Youth Futures unconfirmed (Reading Rivers has not answered); Food Share said it
    // does not work with Reading Rivers. Trust: 4 (Youth about Food), 3 (Youth about Reading), 2 (Food about Youth).
    await backbone.reload();
    await backbone.waitForSelector('#rounds-table:not([hidden])');
    await backbone.click('#rounds-table button[data-open]');
    await backbone.waitForSelector('#round-detail:not([hidden]) #pairs-table');
    const detail = await backbone.textContent('#round-detail');
    assert.match(detail, /67 %\s*answered \(2 of 3/);
    assert.match(detail, /3\.0\s*trust, of 4/);
    assert.match(detail, /1 · 0 · 1\s*ties confirmed · one-sided · waiting/);
    const pairs = await backbone.$$eval('#pairs-table tbody tr', (rows) => rows.map((r) => [...r.cells].map((c) => c.textContent.trim())));
    assert.deepEqual(pairs, [[FOOD, YOUTH, 'Confirmed', '4 Integrated'], [READING, YOUTH, 'Unconfirmed', '2 Cooperative']]);
    assert.match(detail, /Holiday meals together/);
    assert.match(detail, /Share more data/);
    await backbone.screenshot({ path: join(artifacts, 'survey-results.png'), fullPage: true });

    // Closed, then applied: the dry run first, then for real with a snapshot.
    const versionBefore = (await graphql(session.api.baseUrl, '{ networkVersion }', {}, session.api.headers)).data.networkVersion;
    await backbone.click('#close-round');
    await backbone.waitForSelector('#apply-preview');
    await backbone.click('#apply-preview');
    await backbone.waitForSelector('#apply-now');
    assert.match(await backbone.textContent('#apply-result'), /Applying would add 1 tie/);
    assert.equal((await graphql(session.api.baseUrl, '{ networkVersion }', {}, session.api.headers)).data.networkVersion, versionBefore, 'a dry run writes nothing');
    await backbone.click('#apply-now');
    await backbone.waitForFunction(() => /Applied: add 1 tie/.test(document.getElementById('apply-result')?.textContent || ''));
    const ties = await graphql(session.api.baseUrl, '{ ties(node: ["o-food-share"], first: 50) { items { from { id } to { id } type weight } } }', {}, session.api.headers);
    assert.ok(ties.data.ties.items.some((t) => t.type === 'COLLABORATES' && t.weight === 4 && [t.from.id, t.to.id].sort().join() === 'o-food-share,o-youth-futures'), JSON.stringify(ties));
    const snapshots = await graphql(session.api.baseUrl, '{ snapshots { name } }', {}, session.api.headers);
    assert.ok(snapshots.data.snapshots.some((s) => s.name.startsWith('Survey Partner survey, e2e')), JSON.stringify(snapshots));
    assert.deepEqual(backboneErrors, []);
    await backbone.close();
  });
});
