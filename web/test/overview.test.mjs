// The community overview's graph and words (issue 17, item 1), without a browser.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { communityGraph, describeCommunity, strongestLinks } from '../src/map/overview-graph.js';

const community = (index, size, extra = {}) => ({ index, name: `C${index}`, size, goals: [], sectors: [], places: [], kinds: [], ...extra });

test('each community keeps its strongest ties: a link stays when it is among the first few of either end', () => {
  // Heaviest first, as the API lists them: 0 is tied to everyone, 3 only weakly to 0.
  const links = [
    { from: 0, to: 1, weight: 9 }, { from: 0, to: 2, weight: 8 }, { from: 1, to: 2, weight: 7 }, { from: 0, to: 3, weight: 1 },
  ];
  assert.deepEqual(strongestLinks(links, 1).map((l) => [l.from, l.to]), [[0, 1], [0, 2], [0, 3]]);
  assert.deepEqual(strongestLinks(links, 2), links, 'two each keeps all four here');
});

test('the graph has a bubble per community sized by members and laid out apart', () => {
  const overview = {
    communities: [community(0, 100), community(1, 25), community(2, 4)],
    links: [{ from: 0, to: 1, weight: 5, edgeCount: 5 }, { from: 1, to: 2, weight: 1, edgeCount: 1 }],
  };
  const graph = communityGraph(overview);
  assert.equal(graph.order, 3);
  assert.equal(graph.size, 2);
  assert.ok(graph.getNodeAttribute('0', 'size') > graph.getNodeAttribute('1', 'size'));
  assert.ok(graph.getNodeAttribute('1', 'size') > graph.getNodeAttribute('2', 'size'));
  assert.equal(graph.getNodeAttribute('0', 'label'), 'C0');
  const [a, b] = ['0', '2'].map((id) => graph.getNodeAttributes(id));
  assert.ok(Math.hypot(a.x - b.x, a.y - b.y) > 0, 'laid out');
});

test('a community in words: its members by kind, its goals, sectors, and the communities it is most tied to', () => {
  const overview = {
    communities: [
      community(0, 12, { name: 'Early years', kinds: [{ kind: 'ORGANIZATION', count: 3 }, { kind: 'PERSON', count: 8 }, { kind: 'ACTIVITY', count: 1 }],
        goals: [{ name: 'Children are ready for school' }], sectors: [{ value: 'HEALTH', count: 2 }] }),
      community(1, 5, { name: 'Housing' }),
    ],
    links: [{ from: 0, to: 1, weight: 3, edgeCount: 3 }],
  };
  const text = describeCommunity(overview.communities[0], overview);
  assert.match(text, /^12 members: 3 organizations, 8 people, 1 activity\./);
  assert.match(text, /work on Children are ready for school more than the rest do/);
  assert.match(text, /Sectors: health 2\./);
  assert.match(text, /Tied to 1 other community, most to Housing \(3 links\)\./);
  assert.match(describeCommunity(community(2, 1), { communities: [], links: [] }), /Not tied to any other community/);
});
