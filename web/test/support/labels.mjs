// The label check the browser tests share (src/map/labels.js): no two drawn label boxes overlap and, when the map's
// width is given, none runs past its edges.
import assert from 'node:assert/strict';

/** Fails naming the first two labels that overlap, or one that runs past the edge. `boxes`: [[id, box]] or [box]. */
export function assertLabelsApart(boxes, width = null) {
  const entries = boxes.map((b, i) => (Array.isArray(b) ? b : [`label ${i}`, b]));
  for (let i = 0; i < entries.length; i++) {
    const [a, p] = entries[i];
    if (width != null) assert.ok(p.x1 >= -1 && p.x2 <= width + 1, `${a} runs past the edge: ${JSON.stringify(p)}`);
    for (let j = i + 1; j < entries.length; j++) {
      const [b, q] = entries[j];
      assert.ok(!(p.x1 < q.x2 && q.x1 < p.x2 && p.y1 < q.y2 && q.y1 < p.y2), `${a} and ${b} overlap`);
    }
  }
}
