// The layout worker: runs a fixed number of ForceAtlas2 iterations off the main thread and posts the positions
// every `every` iterations, so the page stays responsive and can show the layout settling and its progress.
// Message in: { nodes: Float32Array, edges: Float32Array, settings, iterations, every } (the arrays transferred).
// Messages out: { done, iterations, positions: Float32Array(2n), scope } until done === iterations.
import { positionsOf, runIterations } from './layout-core.js';

self.onmessage = ({ data }) => {
  const { nodes, edges, settings, iterations, every } = data;
  // The global scope's class name (DedicatedWorkerGlobalScope) tells the page, and its tests, where this ran.
  const scope = self.constructor?.name || 'worker';
  for (let done = 0; done < iterations;) {
    const next = Math.min(iterations, done + every);
    runIterations(settings, nodes, edges, done, next);
    done = next;
    const positions = positionsOf(nodes);
    self.postMessage({ done, iterations, positions, scope }, [positions.buffer]);
  }
};
