// Labels that never overlap (issue 17, item 1), placed without a browser.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BoxIndex, labelBox, placeLabels } from '../src/map/labels.js';

const overlap = (a, b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

test('no two placed labels overlap, and the first asked for wins a contested place', () => {
  // 400 labels dropped at random on a small screen: many would collide.
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const candidates = Array.from({ length: 400 }, (_, i) => ({ id: `n${i}`, x: random() * 600, y: random() * 400, size: 3, textWidth: 40 + random() * 80 }));
  const placed = placeLabels(candidates, { width: 600, height: 400, fontSize: 12 });
  const boxes = [...placed.values()];
  assert.ok(boxes.length > 20 && boxes.length < 400, `${boxes.length} placed`);
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) assert.equal(overlap(boxes[i], boxes[j]), false);
  assert.ok(placed.has('n0'), 'the most important label is always placed');
  const rival = placeLabels([{ id: 'a', x: 100, y: 100, size: 3, textWidth: 60 }, { id: 'b', x: 110, y: 102, size: 3, textWidth: 60 }], { width: 600, height: 400, fontSize: 12 });
  assert.deepEqual([...rival.keys()], ['a']);
});

test('a label that would pass the right edge goes on the node\'s left; off-screen nodes get none', () => {
  const right = labelBox(100, 50, 5, 80, 12, 600);
  assert.equal(right.left, false);
  assert.ok(right.x1 > 100);
  const edge = labelBox(560, 50, 5, 80, 12, 600);
  assert.equal(edge.left, true);
  assert.ok(edge.x2 <= 560 && edge.x1 >= 0, JSON.stringify(edge));
  assert.equal(placeLabels([{ id: 'far', x: 900, y: 50, size: 3, textWidth: 40 }], { width: 600, height: 400, fontSize: 12 }).size, 0);
});

test('the box index finds overlaps across its cells', () => {
  const index = new BoxIndex();
  index.add({ x1: 60, y1: 60, x2: 200, y2: 75 });
  assert.equal(index.overlaps({ x1: 190, y1: 70, x2: 260, y2: 90 }), true);
  assert.equal(index.overlaps({ x1: 201, y1: 60, x2: 260, y2: 75 }), false);
  assert.equal(index.overlaps({ x1: 0, y1: 0, x2: 59, y2: 59 }), false);
});
