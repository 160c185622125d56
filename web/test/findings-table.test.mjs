// The findings tables' filtering, sorting and CSV (issue 17, item 3), without a browser.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import Graph from 'graphology';
import { filterRows, relationsOf, sortRows } from '../src/map/findings-table.js';
import { csvText, needsDefusing } from '../src/map/csv.js';

function sample() {
  const graph = new Graph({ type: 'undirected' });
  graph.addNode('o-health', { kind: 'ORGANIZATION', label: 'Riverbend Health', sector: 'HEALTH' });
  graph.addNode('o-school', { kind: 'ORGANIZATION', label: 'Eastbank School', sector: 'EDUCATION' });
  graph.addNode('a-clinic', { kind: 'ACTIVITY', label: 'School clinic' });
  graph.addNode('p-ann', { kind: 'PERSON', label: 'Ann', organization: 'o-school' });
  graph.addUndirectedEdge('a-clinic', 'o-health', { relations: ['LEADS'] });
  graph.addUndirectedEdge('a-clinic', 'o-school', { relations: ['PARTNERS_ON'] });
  const goals = new Map([['a-clinic', new Set(['g-health'])], ['o-school', new Set(['g-school'])]]);
  return { graph, goals };
}

test('a finding is about the organizations behind its nodes: an activity\'s lead and partners, a person\'s organization', () => {
  const context = sample();
  const activity = relationsOf(['a-clinic'], context);
  assert.deepEqual([...activity.organizations].sort(), ['o-health', 'o-school']);
  assert.deepEqual([...activity.sectors].sort(), ['EDUCATION', 'HEALTH']);
  assert.deepEqual([...activity.goals], ['g-health']);
  assert.deepEqual([...relationsOf(['p-ann'], context).organizations], ['o-school']);
  assert.deepEqual([...relationsOf(['gone'], context).organizations], [], 'a node no longer on the map is about nothing');
});

test('filters combine: kind, goal, sector, part of an organization\'s name, new or reviewed', () => {
  const context = sample();
  const rows = [
    { key: 'k1', kind: 'A', nodes: ['a-clinic'], review: null },
    { key: 'k2', kind: 'B', nodes: ['o-school'], review: { reviewedAt: '2026-12-01T00:00:00Z' } },
    { key: 'k3', kind: 'B', nodes: ['o-health'], review: null },
  ].map((r) => ({ ...r, relations: relationsOf(r.nodes, context) }));
  const nameOf = (id) => context.graph.getNodeAttribute(id, 'label');
  const keys = (filters) => filterRows(rows, { kind: '', goal: '', sector: '', organization: '', shown: '', ...filters }, nameOf).map((r) => r.key);
  assert.deepEqual(keys({}), ['k1', 'k2', 'k3']);
  assert.deepEqual(keys({ kind: 'B' }), ['k2', 'k3']);
  assert.deepEqual(keys({ goal: 'g-health' }), ['k1']);
  assert.deepEqual(keys({ sector: 'EDUCATION' }), ['k1', 'k2']);
  assert.deepEqual(keys({ organization: 'riverbend' }), ['k1', 'k3']);
  assert.deepEqual(keys({ shown: 'new' }), ['k1', 'k3']);
  assert.deepEqual(keys({ shown: 'reviewed', kind: 'B' }), ['k2']);
  assert.deepEqual(keys({ kind: 'B', sector: 'HEALTH', shown: 'reviewed' }), []);
});

test('sorting: numbers as numbers, text naturally, missing values last, ties by key; descending flips', () => {
  const rows = [{ key: 'b', v: 10 }, { key: 'a', v: 9 }, { key: 'c', v: null }, { key: 'd', v: 10 }];
  const column = { sort: (r) => r.v };
  assert.deepEqual(sortRows(rows, column, false).map((r) => r.key), ['a', 'b', 'd', 'c']);
  assert.deepEqual(sortRows(rows, column, true).map((r) => r.key).slice(0, 3), ['b', 'd', 'a']);
  const text = [{ key: '1', v: 'Item 10' }, { key: '2', v: 'Item 9' }];
  assert.deepEqual(sortRows(text, column, false).map((r) => r.key), ['2', '1']);
});

test('CSV as the service writes it: quoted where needed, formulas defused, numbers left alone', () => {
  assert.equal(csvText([['Name', 'Score'], ['A, "B"', 1.5], ['=SUM(A1)', -2], ["'+x", 'plain']]),
    '\uFEFFName,Score\r\n"A, ""B""",1.5\r\n\'=SUM(A1),-2\r\n"\'\'+x",plain\r\n'.replace('"\'\'+x"', "''+x"));
  assert.equal(needsDefusing('@cmd'), true);
  assert.equal(needsDefusing('a=b'), false);
  assert.equal(needsDefusing("''-1"), true);
});
