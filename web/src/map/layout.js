// Positions nodes with ForceAtlas2 once per network version, off the main thread, and caches them in localStorage,
// so a reload of the same version draws at once and the picture does not jump between visits.
//   - Starting positions (seed.js) group the nodes by community, so the map can be drawn at once and the layout
//     only refines it.
//   - The iterations run in a Web Worker (layout-worker.js) that posts positions as it goes; the page applies them
//     a few times a second and shows the progress. Without workers, the same iterations run on the main thread in
//     slices, yielding between them.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import defaultSettings from 'graphology-layout-forceatlas2/defaults.js';
import { graphToByteArrays } from 'graphology-layout-forceatlas2/helpers.js';
import { runIterations, positionsOf } from './layout-core.js';

const prefix = 'ci-graph.layout.';

function cacheKey(version, graph) {
  // The node set differs between keys (a dashboard key sees no people), so it is part of the key.
  // s2: layouts since communities are held together (layoutWeight); older ones are laid out again.
  return `${prefix}s2.v${version}.n${graph.order}.e${graph.size}`;
}

/** Sets x/y from the cached layout of this version and node set; false when there is none (or it is unreadable). */
export function readCachedLayout(graph, version) {
  try {
    const cached = JSON.parse(localStorage.getItem(cacheKey(version, graph)) || 'null');
    if (!cached) return false;
    let complete = true;
    graph.forEachNode((id) => {
      if (!cached[id]) complete = false;
    });
    if (!complete) return false;
    graph.updateEachNodeAttributes((id, attrs) => ({ ...attrs, x: cached[id][0], y: cached[id][1] }), { attributes: ['x', 'y'] });
    return true;
  } catch {
    return false;
  }
}

/**
 * Stores the layout for this version, removing older ones first. Returns 'stored', or why not: a full or disabled
 * localStorage only costs a recomputation on the next visit. (At 5,350 nodes the layout takes ~260 KiB of the
 * browser's ~5 MiB per site.)
 */
export function writeCachedLayout(graph, version) {
  const key = cacheKey(version, graph);
  const positions = {};
  graph.forEachNode((id, attrs) => {
    positions[id] = [Math.round(attrs.x * 100) / 100, Math.round(attrs.y * 100) / 100];
  });
  try {
    for (let i = localStorage.length - 1; i >= 0; i--) {
      const k = localStorage.key(i);
      if (k && k.startsWith(prefix) && k !== key) localStorage.removeItem(k);
    }
    localStorage.setItem(key, JSON.stringify(positions));
    return 'stored';
  } catch (e) {
    console.info(`The layout was not cached (${e.name}: ${e.message}); the next visit lays the map out again.`);
    return e?.name === 'QuotaExceededError' ? 'not stored: storage full' : `not stored: ${e?.name || 'storage unavailable'}`;
  }
}

/**
 * How much an edge pulls in the layout: within a community 4 times its links, between communities a quarter of them,
 * so communities settle in regions of their own instead of one disc (issue 17, item 1). Without communities, its links.
 */
export function layoutWeight(weight, sourceCommunity, targetCommunity) {
  const base = weight ?? 1;
  if (sourceCommunity === undefined || targetCommunity === undefined) return base;
  return sourceCommunity === targetCommunity ? 4 * base : base / 4;
}

/** The ForceAtlas2 settings and iteration count for this graph. */
function layoutPlan(graph, grouped) {
  const inferred = forceAtlas2.inferSettings(graph);
  const big = graph.order > 2000;
  return {
    iterations: big ? 200 : 800,
    settings: {
      ...defaultSettings,
      ...inferred,
      // LinLog pulls tightly knit groups together and pushes loosely joined ones apart, so working groups and an
      // organization's people read as clusters instead of one round blob.
      linLogMode: true,
      barnesHutOptimize: big || inferred.barnesHutOptimize,
      gravity: 1,
      scalingRatio: 2,
      // With communities the edges' layout weights (layoutWeight) hold each community together.
      edgeWeightInfluence: grouped ? 1 : 0,
    },
  };
}

function applyPositions(graph, positions) {
  let i = 0;
  graph.updateEachNodeAttributes((id, attrs) => {
    const x = positions[2 * i];
    const y = positions[2 * i + 1];
    i++;
    return { ...attrs, x, y };
  }, { attributes: ['x', 'y'] });
}

function matricesOf(graph, communities) {
  if (!communities?.size) return graphToByteArrays(graph, (edge, attrs) => attrs.weight ?? 1);
  return graphToByteArrays(graph, (edge, attrs) => {
    const [source, target] = graph.extremities(edge);
    return layoutWeight(attrs.weight, communities.get(source), communities.get(target));
  });
}

function inWorker(url, matrices, plan, every, onPositions) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(url);
    worker.onmessage = ({ data }) => {
      onPositions(data.positions, data.done, data.iterations);
      if (data.done >= data.iterations) {
        worker.terminate();
        resolve(data.scope);
      }
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      worker.terminate();
      reject(new Error(event.message || 'the layout worker could not run'));
    };
    worker.postMessage({ ...matrices, ...plan, every }, [matrices.nodes.buffer, matrices.edges.buffer]);
  });
}

async function onMainThread(matrices, plan, every, onPositions) {
  for (let done = 0; done < plan.iterations;) {
    const next = Math.min(plan.iterations, done + every);
    runIterations(plan.settings, matrices.nodes, matrices.edges, done, next);
    done = next;
    onPositions(positionsOf(matrices.nodes), done, plan.iterations);
    await new Promise((r) => setTimeout(r, 0));
  }
  return 'main thread';
}

/**
 * Lays the graph out from its current positions (the seed); `communities` (id → community) holds each together.
 * `onProgress(done, iterations)` follows it. Positions are
 * applied to the graph (each application redraws the map) when `applyGapMs()` has passed since the last time, and
 * once at the end; `onApplied()` follows each application. Resolves with where it ran: the worker's global scope
 * name (DedicatedWorkerGlobalScope), or 'main thread' when no worker could run.
 */
export async function computeLayout(graph, {
  workerUrl, onProgress = () => {}, applyGapMs = () => 400, onApplied = () => {}, communities = null,
} = {}) {
  const plan = layoutPlan(graph, Boolean(communities?.size));
  const every = Math.max(5, Math.round(plan.iterations / 20));
  let lastApplied = -Infinity;
  const onPositions = (positions, done, iterations) => {
    const now = performance.now();
    if (done >= iterations || now - lastApplied >= applyGapMs()) {
      applyPositions(graph, positions);
      lastApplied = now;
      onApplied();
    }
    onProgress(done, iterations);
  };
  if (workerUrl && typeof Worker !== 'undefined') {
    try {
      return await inWorker(workerUrl, matricesOf(graph, communities), plan, every, onPositions);
    } catch (e) {
      console.warn(`The layout worker failed (${e.message}); laying out on the main thread instead.`);
    }
  }
  return onMainThread(matricesOf(graph, communities), plan, every, onPositions);
}
