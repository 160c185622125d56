// A map view in its address, and saved views (issue 17, item 4), without a browser.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readView, viewDefaults, writeView } from '../src/map/view-state.js';
import { deleteView, saveView, savedViews } from '../src/map/views.js';

test('the plain address is the map as it opens, and the defaults write nothing', () => {
  assert.deepEqual(readView('').view, { ...viewDefaults, hide: [], overlays: [] });
  assert.equal(writeView(readView('').view), '');
});

test('a view written and read back is the same view, in a fixed order', () => {
  const view = {
    ...viewDefaults, asOf: '2025-06-30', color: 'community', size: 'PAGE_RANK', hide: ['PERSON', 'INDICATOR'], goal: 'g-early-years',
    sector: 'HEALTH', community: '3', overlays: ['labels', 'brokerage'], focus: 'o-riverbend-libraries', depth: 2,
    camera: { x: 0.41234567, y: 0.5, ratio: 0.3 }, tab: 'gaps', table: 'ties',
  };
  const search = writeView(view);
  assert.equal(search, '?asOf=2025-06-30&color=community&size=PAGE_RANK&hide=INDICATOR%2CPERSON&goal=g-early-years&sector=HEALTH&community=3'
    + '&overlays=brokerage%2Clabels&focus=o-riverbend-libraries&depth=2&camera=0.4123%2C0.5%2C0.3&tab=gaps&table=ties');
  const { view: back, ignored } = readView(search);
  assert.deepEqual(ignored, []);
  assert.deepEqual(back, { ...view, hide: ['INDICATOR', 'PERSON'], overlays: ['brokerage', 'labels'], camera: { x: 0.4123, y: 0.5, ratio: 0.3 } });
});

test('what is not understood is named and left at its default, never thrown', () => {
  const { view, ignored } = readView('?color=rainbow&depth=9&camera=1,2&overlays=labels,fireworks&table=chairs&asOf=yesterday&community=x');
  assert.deepEqual(ignored.sort(), ['asOf', 'camera', 'color', 'community', 'depth', 'overlays', 'table']);
  assert.deepEqual(view, { ...viewDefaults, hide: [], overlays: [] });
});

test('hide=none says every kind is shown, even one a big map starts without', () => {
  const { view, ignored } = readView('?hide=none');
  assert.deepEqual(ignored, []);
  assert.deepEqual(view.hide, ['none']);
  assert.equal(writeView(view), '?hide=none');
});

test('the camera at rest, the details tab and depth without a focus are left out', () => {
  assert.equal(writeView({ ...viewDefaults, camera: { x: 0.5, y: 0.5, ratio: 1 }, tab: 'details', depth: 3 }), '');
});

function memoryStorage() {
  const items = new Map();
  return { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => items.set(k, String(v)) };
}

test('saved views: newest first, a name saved again replaces the old one, delete, and a damaged store reads as none', () => {
  const storage = memoryStorage();
  saveView('Early years', '?goal=g-early-years', storage, new Date('2026-12-01T10:00:00Z'));
  saveView('Health', '?sector=HEALTH', storage, new Date('2026-12-02T10:00:00Z'));
  saveView(' Early years ', '?goal=g-early-years&tab=gaps', storage, new Date('2026-12-03T10:00:00Z'));
  assert.deepEqual(savedViews(storage).map((v) => [v.name, v.search]), [['Early years', '?goal=g-early-years&tab=gaps'], ['Health', '?sector=HEALTH']]);
  assert.throws(() => saveView('  ', '?x', storage), /name/);
  deleteView('Health', storage);
  assert.deepEqual(savedViews(storage).map((v) => v.name), ['Early years']);
  storage.setItem('ci-graph.views', '{not json');
  assert.deepEqual(savedViews(storage), []);
});
