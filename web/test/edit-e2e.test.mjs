// End-to-end, editing the network from the browser (issue 19; docs/web.md, "Editing"): the real API (dotnet run,
// fresh files, the sample) and the map in headless Chromium. The backbone adds an organization and a tie and sees
// them on the map without a reload; a refused edit shows the server's problem at its field; an edit made in a second
// browser meanwhile is caught as a conflict and can be reapplied; a partner proposes a change the backbone accepts;
// Undo takes it back; an entry's history names who changed what. Without Chromium the tests are skipped with the reason.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe } from 'node:test';
import { axeProblems, useSession } from './support/session.mjs';
import { browserTest, openMap } from './support/pages.mjs';
import { graphql, repoRoot } from './support/server.mjs';

const artifacts = join(repoRoot, 'web', 'test-results');

const session = useSession();

async function select(page, name) {
  await page.fill('#search', name);
  await page.click('#search-form button[type=submit]');
  await page.waitForFunction((n) => document.getElementById('details-title')?.textContent.includes(n), name);
}

const followed = (page, before) => page.waitForFunction((n) => (window.__ciGraph.followed || 0) > n && !document.querySelector('.panel.stale'), before, { timeout: 90000 });

describe('editing from the browser (issue 19)', () => {
  browserTest('add, refuse, conflict, propose, accept, undo and history, all without a reload', async () => {
    mkdirSync(artifacts, { recursive: true });
    const { page, pageErrors } = await openMap(session.browser.context, session.api.baseUrl, { key: session.api.keys.backbone });
    page.on('dialog', (d) => d.accept());
    await page.evaluate(() => { window.__notReloaded = true; });
    assert.ok(await page.isVisible('#add-button'), 'the backbone sees Add…');

    // Add an organization: its id follows its name; it appears on the map.
    await page.click('#add-button');
    const addAxe = await axeProblems(page, 'the Add dialog');
    await page.click('#add-dialog button[value=ORGANIZATION]');
    await page.waitForSelector('#edit-dialog[open] #edit-name');
    await page.fill('#edit-name', 'Harbour Youth Hub');
    assert.equal(await page.inputValue('#edit-id'), 'o-harbour-youth-hub');
    await page.selectOption('#edit-sector', 'COMMUNITY');
    await page.check('#edit-communityLed');
    const formAxe = await axeProblems(page, 'the organization form');
    await page.screenshot({ path: join(artifacts, 'edit-add-organization.png') });
    let count = await page.evaluate(() => window.__ciGraph.followed || 0);
    await page.click('#edit-save');
    await followed(page, count);
    assert.ok(await page.evaluate(() => window.__ciGraph.graph.hasNode('o-harbour-youth-hub')), 'the new organization is on the map');
    assert.deepEqual(await page.evaluate(() => window.__ciGraph.lastPatch.added), ['o-harbour-youth-hub']);
    assert.match(await page.textContent('#kind-filter'), /Organizations \(68\)/, 'the legend counts the new organization');

    // A tie from it, from its details.
    await select(page, 'Harbour Youth Hub');
    await page.click('#tab-details button[data-tie]');
    await page.fill('#edit-to', 'Riverbend Food Share');
    await page.fill('#edit-weight', '3');
    count = await page.evaluate(() => window.__ciGraph.followed || 0);
    await page.click('#edit-save');
    await followed(page, count);
    assert.ok(await page.evaluate(() => window.__ciGraph.graph.hasEdge('o-harbour-youth-hub', 'o-food-share')), 'the new tie is on the map');

    // Refused: an organization whose id is taken; the server's words at the id field; nothing written.
    await page.click('#add-button');
    await page.click('#add-dialog button[value=ORGANIZATION]');
    await page.fill('#edit-name', 'Another Food Share');
    await page.fill('#edit-id', 'o-food-share');
    await page.click('#edit-save');
    await page.waitForSelector('#edit-id-error:not([hidden])');
    assert.match(await page.textContent('#edit-id-error'), /o-food-share/);
    assert.equal(await page.getAttribute('#edit-id', 'aria-invalid'), 'true');
    await page.screenshot({ path: join(artifacts, 'edit-refused.png') });
    await page.click('#edit-cancel');

    // A conflict: a second browser edits the same organization meanwhile.
    await select(page, 'Harbour Youth Hub');
    await page.click('#tab-details button[data-edit]');
    await page.waitForSelector('#edit-dialog[open] #edit-name');
    const second = await openMap(session.browser.context, session.api.baseUrl, { key: session.api.keys.backbone });
    await select(second.page, 'Harbour Youth Hub');
    await second.page.click('#tab-details button[data-edit]');
    await second.page.fill('#edit-name', 'Harbour Youth Hub (Southgate)');
    const secondCount = await second.page.evaluate(() => window.__ciGraph.followed || 0);
    await second.page.click('#edit-save');
    await followed(second.page, secondCount);
    await page.selectOption('#edit-sector', 'NONPROFIT');
    await page.click('#edit-save');
    await page.waitForSelector('#edit-conflict:not([hidden]) table');
    const conflict = await page.textContent('#edit-conflict');
    assert.match(conflict, /changed this organization since you opened it/);
    assert.match(conflict, /Harbour Youth Hub \(Southgate\)/);
    await page.screenshot({ path: join(artifacts, 'edit-conflict.png') });
    count = await page.evaluate(() => window.__ciGraph.followed || 0);
    await page.click('#edit-reapply');
    await followed(page, count);
    const stored = await graphql(session.api.baseUrl, '{ node(id: "o-harbour-youth-hub") { ... on Organization { name sector } } }', {}, session.api.headers);
    assert.equal(stored.data.node.sector, 'NONPROFIT', 'my version was saved over theirs, as asked');
    await second.page.close();

    // A partner proposes a change to its own organization; the backbone accepts it.
    const partnerKey = (await graphql(session.api.baseUrl, 'mutation { createApiKey(role: PARTNER, name: "Reading Rivers office", organization: "o-reading-rivers") { secret } }', {}, session.api.headers)).data.createApiKey.secret;
    const partner = await openMap(session.browser.context, session.api.baseUrl, { key: partnerKey });
    assert.equal(await partner.page.isVisible('#add-button'), false, 'a partner sees no editing controls');
    await select(partner.page, 'Reading Rivers Literacy Trust');
    assert.equal(await partner.page.$('#tab-details button[data-edit]'), null);
    await partner.page.click('#tab-details button[data-propose]');
    await partner.page.waitForSelector('#edit-dialog[open] #edit-name');
    await partner.page.fill('#edit-name', 'Reading Rivers Literacy Trust Inc.');
    await partner.page.click('#edit-save');
    await partner.page.waitForFunction(() => !document.getElementById('edit-dialog').open);
    await partner.page.click('#tab-details button[data-propose-person]');
    await partner.page.waitForSelector('#edit-dialog[open] #edit-name');
    assert.match(await partner.page.inputValue('#edit-organization'), /\(o-reading-rivers\)$/, "a proposed person is of the partner's own organization");
    await partner.page.fill('#edit-name', 'Sam Newreader');
    await partner.page.click('#edit-save');
    await partner.page.waitForFunction(() => !document.getElementById('edit-dialog').open);
    await partner.page.close();

    await page.evaluate(() => window.__ciGraph.editing.refreshUndo());
    await page.waitForSelector('#proposals-button:not([hidden])');
    await page.click('#proposals-button');
    await page.waitForSelector('#proposals-list li[data-id]');
    assert.match(await page.textContent('#proposals-list'), /Reading Rivers Literacy Trust Inc\./);
    await page.screenshot({ path: join(artifacts, 'edit-proposals.png') });
    assert.match(await page.textContent('#proposals-list'), /Sam Newreader/);
    await page.locator('#proposals-list li', { hasText: 'Sam Newreader' }).locator('.proposal-note').fill('Please send their role too');
    await page.locator('#proposals-list li', { hasText: 'Sam Newreader' }).locator('.reject').click();
    await page.waitForFunction(() => !/Sam Newreader/.test(document.getElementById('proposals-list').textContent));
    count = await page.evaluate(() => window.__ciGraph.followed || 0);
    await page.locator('#proposals-list li', { hasText: 'Reading Rivers Literacy Trust Inc.' }).locator('.accept').click();
    await followed(page, count);
    const decided = await graphql(session.api.baseUrl, '{ changeProposals { status note personChange { name } } }', {}, session.api.headers);
    assert.ok(decided.data.changeProposals.some((p) => p.status === 'REJECTED' && p.note === 'Please send their role too' && p.personChange?.name === 'Sam Newreader'), JSON.stringify(decided));
    await page.evaluate(() => document.getElementById('proposals-dialog').close());
    assert.equal(await page.evaluate(() => window.__ciGraph.graph.getNodeAttribute('o-reading-rivers', 'label')), 'Reading Rivers Literacy Trust Inc.');

    // Undo takes the accepted proposal back; the map follows.
    assert.match(await page.getAttribute('#undo-button', 'title'), /Undo: Changed organization Reading Rivers Literacy Trust Inc\./);
    count = await page.evaluate(() => window.__ciGraph.followed || 0);
    await page.click('#undo-button');
    await followed(page, count);
    assert.equal(await page.evaluate(() => window.__ciGraph.graph.getNodeAttribute('o-reading-rivers', 'label')), 'Reading Rivers Literacy Trust');

    // A measurement corrected from its indicator's details: the same date, a new value; the key fields stay.
    await select(page, 'Children enrolled in kindy the year before school');
    await page.click('#tab-details details[data-measurements] summary');
    await page.waitForSelector('#tab-details button[data-edit-measurement]');
    await page.click('#tab-details button[data-edit-measurement="0"]');
    await page.waitForSelector('#edit-dialog[open] #edit-value');
    assert.equal(await page.getAttribute('#edit-date', 'readonly'), '', 'the date names the measurement: it stays');
    await page.fill('#edit-value', '90.1');
    count = await page.evaluate(() => window.__ciGraph.followed || 0);
    await page.click('#edit-save');
    await followed(page, count);
    const corrected = await graphql(session.api.baseUrl, '{ node(id: "i-kindy-enrolment") { ... on Indicator { measurements(first: 100) { items { date value } } } } }', {}, session.api.headers);
    assert.equal(corrected.data.node.measurements.items.find((m) => m.date === '2026-06-30').value, 90.1);

    // History: who changed what.
    await select(page, 'Harbour Youth Hub');
    await page.click('#tab-details details[data-history] summary');
    await page.waitForSelector('#tab-details .history li');
    const history = await page.textContent('#tab-details .history');
    assert.match(history, /updateOrganization/);
    assert.match(history, /createOrganization/);
    assert.match(history, /sector: "COMMUNITY" → "NONPROFIT"/);
    await page.screenshot({ path: join(artifacts, 'edit-history.png') });

    assert.ok(await page.evaluate(() => window.__notReloaded === true), 'no reload happened');
    assert.deepEqual([...addAxe, ...formAxe], []);
    assert.deepEqual(pageErrors, []);
    await page.close();
  });
});
