// The editing forms' data (src/map/edit-forms.js) and the map's patch after an edit (src/map/graph.js, patchGraph).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import Graph from 'graphology';
import { differences, fieldOf, forms, pickedId, suggestId, toForm, toInput } from '../src/map/edit-forms.js';
import { patchGraph } from '../src/map/graph.js';

test('an organization read from the API becomes form values and back the whole input an update replaces it with', () => {
  const read = { id: 'o-a', name: 'A', sector: 'HEALTH', communityLed: true, since: '2020-01-01', until: null, revision: 'r1', goals: { items: [{ id: 'g-1' }, { id: 'g-2' }] } };

  const input = toInput('ORGANIZATION', toForm('ORGANIZATION', read));

  assert.deepEqual(input, { id: 'o-a', name: 'A', sector: 'HEALTH', communityLed: true, goals: ['g-1', 'g-2'], since: '2020-01-01', until: null });
});

test('an activity keeps its lists; an indicator its baseline and target; empty fields are sent as null', () => {
  const activity = toInput('ACTIVITY', { id: 'a-1', name: 'Kindy', lead: 'o-a', partners: ['o-b'], indicators: [], populations: 'children-3-5,  families', places: '', status: '', start: '2024-02-01', end: '' });
  const indicator = toInput('INDICATOR', { id: 'i-1', name: 'Enrolment', goal: 'g-1', unit: '%', direction: 'DECREASE', baselineValue: '72', baselineDate: '2019-01-01', targetValue: '', targetDate: '' });

  assert.deepEqual(activity, { id: 'a-1', name: 'Kindy', lead: 'o-a', partners: ['o-b'], indicators: [], populations: ['children-3-5', 'families'], places: [], status: null, start: '2024-02-01', end: null });
  assert.deepEqual(indicator, { id: 'i-1', name: 'Enrolment', goal: 'g-1', unit: '%', direction: 'DECREASE', baseline: { value: 72, date: '2019-01-01' }, target: null });
});

test('a person proposed for an organization keeps it, given as an id or as the API reads it', () => {
  assert.equal(toForm('PERSON', { organization: 'o-a' }).organization, 'o-a');
  assert.equal(toForm('PERSON', { organization: { id: 'o-b' } }).organization, 'o-b');
});

test('a server problem goes to the field its path names', () => {
  assert.equal(fieldOf('ORGANIZATION', 'input.id'), 'id');
  assert.equal(fieldOf('ORGANIZATION', 'input.goals[1]'), 'goals');
  assert.equal(fieldOf('INDICATOR', 'input.baseline.date'), 'baselineDate');
  assert.equal(fieldOf('INDICATOR', 'input.target.value'), 'targetValue');
  assert.equal(fieldOf('TIE', 'input.until'), 'until');
  assert.equal(fieldOf('ORGANIZATION', 'input.nothing'), null);
  assert.equal(fieldOf('ORGANIZATION', ''), null);
});

test('a conflict lists the fields changed meanwhile, by their labels, then and now', () => {
  const opened = { id: 'o-a', name: 'A', sector: 'HEALTH', communityLed: false, goals: { items: [] } };
  const now = { id: 'o-a', name: 'A (renamed)', sector: 'HEALTH', communityLed: false, goals: { items: [{ id: 'g-1' }] } };

  assert.deepEqual(differences('ORGANIZATION', opened, now), [
    { field: 'name', label: 'Name', then: 'A', now: 'A (renamed)' },
    { field: 'goals', label: 'Goals it has committed to', then: '', now: 'g-1' },
  ]);
});

test('a new id follows the name; a picker takes "Name (id)", an id, or a name only one node has', () => {
  const nodes = [{ id: 'o-a', name: 'Alpha' }, { id: 'o-b', name: 'Beta' }, { id: 'o-c', name: 'Beta' }];

  assert.equal(suggestId('ORGANIZATION', 'Harbour Youth Hub!'), 'o-harbour-youth-hub');
  assert.equal(suggestId('PERSON', 'Zoë Ōtsuka'), 'p-zoe-otsuka');
  assert.equal(pickedId('Alpha (o-a)', nodes), 'o-a');
  assert.equal(pickedId('o-b', nodes), 'o-b');
  assert.equal(pickedId('Alpha', nodes), 'o-a');
  assert.equal(pickedId('Beta', nodes), 'Beta', 'two nodes have that name: the text goes to the server, which says so');
  assert.ok(forms.TIE.fields.every((f) => f.name));
});

test('patchGraph adds a new node among its neighbours, drops what is gone and keeps the layout of the rest', () => {
  const graph = new Graph({ type: 'undirected' });
  graph.addNode('a', { label: 'A', x: 1, y: 1 });
  graph.addNode('b', { label: 'B', x: 3, y: 1 });
  graph.addNode('gone', { label: 'Gone', x: 9, y: 9 });
  graph.addUndirectedEdge('a', 'b', { relations: ['COLLABORATES'], weight: 1 });
  const next = new Graph({ type: 'undirected' });
  next.addNode('a', { label: 'A (renamed)' });
  next.addNode('b', { label: 'B' });
  next.addNode('new', { label: 'New' });
  next.addUndirectedEdge('new', 'a', { relations: ['COLLABORATES'], weight: 1 });
  next.addUndirectedEdge('new', 'b', { relations: ['COMMUNICATES'], weight: 1 });

  const changes = patchGraph(graph, next);

  assert.deepEqual(changes, { added: ['new'], dropped: ['gone'], updated: ['a'] });
  assert.equal(graph.getNodeAttribute('a', 'label'), 'A (renamed)');
  assert.deepEqual([graph.getNodeAttribute('a', 'x'), graph.getNodeAttribute('a', 'y')], [1, 1]);
  assert.ok(Math.abs(graph.getNodeAttribute('new', 'x') - 2) < 0.05 && Math.abs(graph.getNodeAttribute('new', 'y') - 1) < 0.05, 'between its neighbours');
  assert.equal(graph.hasEdge('a', 'b'), false);
  assert.equal(graph.hasEdge('new', 'b'), true);
  assert.equal(graph.hasNode('gone'), false);
});
