// The layout's starting positions (src/map/seed.js), in Node: no browser or service needed. Community sizes below
// include the 43 Louvain communities of the 5,350-node generated network (generate --organizations 1200).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import Graph from 'graphology';
import { communityRegions, communitySpread, seedPositions, seedRadius } from '../src/map/seed.js';

const generatedNetworkCommunities = [571, 333, 294, 259, 252, 233, 231, 152, 147, 144, 140, 140, 123, 120, 119, 118, 115,
  98, 92, 92, 91, 90, 89, 85, 81, 80, 78, 78, 77, 76, 71, 71, 70, 69, 67, 63, 62, 54, 53, 46, 44, 44, 38];

/** A graph of `sizes.length` communities, member j of community c called `n<c>-<j>`, and the community map. */
function communityGraph(sizes) {
  const graph = new Graph();
  const communities = new Map();
  sizes.forEach((size, c) => {
    for (let j = 0; j < size; j++) {
      graph.addNode(`n${c}-${j}`);
      communities.set(`n${c}-${j}`, c);
    }
  });
  return { graph, communities };
}

describe('starting positions', () => {
  test('community regions never overlap, whatever the mix of sizes', () => {
    const mixes = [generatedNetworkCommunities, [60, 30, 10], [100, 100, 100, 100], Array(200).fill(25), [1000, 1, 1, 1]];
    for (const sizes of mixes) {
      const regions = [...communityRegions(new Map(sizes.map((n, i) => [i, n]))).values()];
      for (let i = 0; i < regions.length; i++) {
        for (let j = i + 1; j < regions.length; j++) {
          const gap = Math.hypot(regions[i].x - regions[j].x, regions[i].y - regions[j].y) - regions[i].radius - regions[j].radius;
          assert.ok(gap > 0, `sizes ${sizes.slice(0, 5)}…: regions ${i} and ${j} overlap by ${-gap}`);
        }
      }
    }
  });

  test('each community starts inside its own region, larger ones nearer the middle', () => {
    const { graph, communities } = communityGraph([60, 30, 10]);

    const seed = seedPositions(graph, communities);
    const regions = communityRegions(new Map([[0, 60], [1, 30], [2, 10]]));

    assert.equal(seed, 'communities');
    graph.forEachNode((id, { x, y }) => {
      const own = regions.get(communities.get(id));
      assert.ok(Math.hypot(x - own.x, y - own.y) <= own.radius + 1e-9, `${id} is outside its community's region`);
    });
    assert.deepEqual([regions.get(0).x, regions.get(0).y], [0, 0]);
    assert.ok(Math.hypot(regions.get(1).x, regions.get(1).y) < Math.hypot(regions.get(2).x, regions.get(2).y));
  });

  test('the same graph and communities give the same positions', () => {
    const first = communityGraph(generatedNetworkCommunities.slice(0, 8));
    const second = communityGraph(generatedNetworkCommunities.slice(0, 8));

    seedPositions(first.graph, first.communities);
    seedPositions(second.graph, second.communities);

    assert.deepEqual(first.graph.mapNodes((_, a) => [a.x, a.y]), second.graph.mapNodes((_, a) => [a.x, a.y]));
  });

  test('nodes without a community start together in a region of their own', () => {
    const { graph, communities } = communityGraph([40, 40]);
    for (let j = 0; j < 20; j++) graph.addNode(`loose-${j}`);

    seedPositions(graph, communities);
    const regions = communityRegions(new Map([[0, 40], [1, 40], ['none', 20]]));

    const loose = regions.get('none');
    graph.forEachNode((id, { x, y }) => {
      if (!id.startsWith('loose-')) return;
      assert.ok(Math.hypot(x - loose.x, y - loose.y) <= loose.radius + 1e-9, `${id} is outside the region of the loose nodes`);
    });
  });

  test('without communities (field missing or refused) every node starts in one disc', () => {
    const { graph } = communityGraph([50, 50]);

    const seed = seedPositions(graph, null);

    assert.equal(seed, 'one disc');
    graph.forEachNode((id, { x, y }) => assert.ok(Math.hypot(x, y) <= seedRadius + 1e-9, id));
  });

  test('community spread: small when communities start in regions, near 1 when they start mixed in one disc', () => {
    const grouped = communityGraph(generatedNetworkCommunities);
    const mixed = communityGraph(generatedNetworkCommunities);

    seedPositions(grouped.graph, grouped.communities);
    seedPositions(mixed.graph, null);

    assert.ok(communitySpread(grouped.graph, grouped.communities) < 0.3);
    assert.ok(communitySpread(mixed.graph, mixed.communities) > 0.9);
  });
});

describe('layout weights', () => {
  test('an edge inside a community pulls 4 times its links, one between communities a quarter; no communities, its links', async () => {
    const { layoutWeight } = await import('../src/map/layout.js');
    assert.equal(layoutWeight(2, 1, 1), 8);
    assert.equal(layoutWeight(2, 1, 3), 0.5);
    assert.equal(layoutWeight(undefined, 0, 0), 4);
    assert.equal(layoutWeight(3, undefined, 1), 3);
  });
});
