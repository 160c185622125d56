// Positions nodes with ForceAtlas2 once per network version and caches them in localStorage, so a reload
// of the same version draws at once and the picture does not jump between visits.
import forceAtlas2 from 'graphology-layout-forceatlas2';

const prefix = 'ci-graph.layout.';

/** A stable pseudo-random number in [0, 1) from a string, so the starting positions are deterministic. */
function hashUnit(text, salt) {
  let h = 2166136261 ^ salt;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return ((h >>> 0) % 100000) / 100000;
}

function cacheKey(version, graph) {
  // The node set differs between keys (a dashboard key sees no people), so it is part of the key.
  return `${prefix}v${version}.n${graph.order}.e${graph.size}`;
}

function readCache(key, graph) {
  try {
    const cached = JSON.parse(localStorage.getItem(key) || 'null');
    if (!cached) return false;
    let complete = true;
    graph.forEachNode((id) => {
      if (!cached[id]) complete = false;
    });
    if (!complete) return false;
    graph.forEachNode((id, attrs) => {
      attrs.x = cached[id][0];
      attrs.y = cached[id][1];
    });
    return true;
  } catch {
    return false;
  }
}

function writeCache(key, graph) {
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
  } catch {
    // A full or disabled localStorage only costs a recomputation next time.
  }
}

/** Sets x/y on every node; returns where they came from ('cache' or 'computed'). */
export function layoutGraph(graph, version) {
  const key = cacheKey(version, graph);
  if (readCache(key, graph)) return 'cache';
  graph.forEachNode((id, attrs) => {
    const angle = 2 * Math.PI * hashUnit(id, 1);
    const radius = 100 * Math.sqrt(hashUnit(id, 2));
    attrs.x = radius * Math.cos(angle);
    attrs.y = radius * Math.sin(angle);
  });
  const settings = forceAtlas2.inferSettings(graph);
  const big = graph.order > 2000;
  forceAtlas2.assign(graph, {
    iterations: big ? 200 : 800,
    // LinLog pulls tightly knit groups together and pushes loosely joined ones apart, so working groups and
    // an organization's people read as clusters instead of one round blob.
    settings: {
      ...settings,
      linLogMode: true,
      barnesHutOptimize: big || settings.barnesHutOptimize,
      gravity: 1,
      scalingRatio: 2,
      edgeWeightInfluence: 0,
    },
  });
  writeCache(key, graph);
  return 'computed';
}
