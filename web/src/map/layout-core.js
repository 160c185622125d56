// ForceAtlas2 iterations on the flat arrays of graphology-layout-forceatlas2 (a node is 10 floats: x, y, dx, dy,
// old dx, old dy, mass, convergence, size, fixed), shared by the layout worker and the main-thread fallback so both
// compute the same positions. The package's own worker runs until stopped; the map wants a fixed number of
// iterations, reported as it goes.
import iterate from 'graphology-layout-forceatlas2/iterate.js';

const floatsPerNode = 10;

/** x, y of every node, in matrix order, as a new Float32Array(2n). */
export function positionsOf(nodeMatrix) {
  const n = nodeMatrix.length / floatsPerNode;
  const positions = new Float32Array(2 * n);
  for (let i = 0; i < n; i++) {
    positions[2 * i] = nodeMatrix[i * floatsPerNode];
    positions[2 * i + 1] = nodeMatrix[i * floatsPerNode + 1];
  }
  return positions;
}

/** Runs iterations [from, to) in place. */
export function runIterations(settings, nodeMatrix, edgeMatrix, from, to) {
  for (let i = from; i < to; i++) iterate(settings, nodeMatrix, edgeMatrix);
}
