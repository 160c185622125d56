// Starting positions for the force layout. With communities (Louvain on FULL, from the API), each community gets
// its own region, a disc whose area is proportional to its size, laid out largest first on a golden-angle spiral,
// so the layout starts from groups and only refines them: the communities read as groups on the map. Without
// communities (the field missing or refused), every node starts in one disc. Deterministic: the same graph and
// communities give the same positions, so a layout can be reproduced and cached.

/** The radius of the whole starting picture (graph units; sigma rescales to the screen). */
export const seedRadius = 100;
const goldenAngle = Math.PI * (3 - Math.sqrt(5));
// Spacing of the spiral and how much of its share of area a group's disc fills: with these, no two discs overlap
// for the size mixes in web/test/seed.test.mjs (a 5,350-node map's 43 communities among them).
const spacing = 1.3;
const fill = 0.7;

/** A stable pseudo-random number in [0, 1) from a string, so the starting positions are deterministic. */
export function hashUnit(text, salt) {
  let h = 2166136261 ^ salt;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return ((h >>> 0) % 100000) / 100000;
}

/** A point spread evenly over a disc (area-uniform), chosen by the node id. */
function inDisc(id, cx, cy, radius) {
  const angle = 2 * Math.PI * hashUnit(id, 1);
  const r = radius * Math.sqrt(hashUnit(id, 2));
  return [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
}

/**
 * The regions of the groups: { group -> { x, y, radius } }. `sizes` maps each group to how many nodes it has; larger
 * groups sit nearer the middle. Centres follow a golden-angle spiral at radii by cumulative area, which packs discs of
 * unequal size without overlaps.
 */
export function communityRegions(sizes) {
  const groups = [...sizes.entries()].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])));
  const total = groups.reduce((sum, [, n]) => sum + n, 0);
  const scale = total > 0 ? seedRadius / Math.sqrt(total) : 0;
  const regions = new Map();
  let before = 0;
  groups.forEach(([group, n], i) => {
    const distance = i === 0 ? 0 : scale * Math.sqrt(before + n / 2) * spacing;
    regions.set(group, {
      x: distance * Math.cos(i * goldenAngle),
      y: distance * Math.sin(i * goldenAngle),
      radius: scale * Math.sqrt(n) * fill,
    });
    before += n;
  });
  return regions;
}

/**
 * Sets x/y on every node of a graphology graph. `communities` (id -> community) groups them; nodes it does not
 * name form one more group of their own. Returns 'communities' or 'one disc', for the page state.
 */
export function seedPositions(graph, communities) {
  if (!communities || communities.size === 0) {
    graph.updateEachNodeAttributes((id, attrs) => {
      const [x, y] = inDisc(id, 0, 0, seedRadius);
      return { ...attrs, x, y };
    }, { attributes: ['x', 'y'] });
    return 'one disc';
  }
  const sizes = new Map();
  graph.forEachNode((id) => {
    const group = communities.has(id) ? communities.get(id) : 'none';
    sizes.set(group, (sizes.get(group) || 0) + 1);
  });
  const regions = communityRegions(sizes);
  graph.updateEachNodeAttributes((id, attrs) => {
    const region = regions.get(communities.has(id) ? communities.get(id) : 'none');
    const [x, y] = inDisc(id, region.x, region.y, region.radius);
    return { ...attrs, x, y };
  }, { attributes: ['x', 'y'] });
  return 'communities';
}

/**
 * How tightly the communities sit on the map: the mean distance of a node to its community's centroid divided by the
 * mean distance of a node to the centroid of all. Near 1: communities are mixed through each other; small: each is a
 * group of its own. Nodes without a community are left out.
 */
export function communitySpread(graph, communities) {
  const sums = new Map();
  let cx = 0;
  let cy = 0;
  let n = 0;
  graph.forEachNode((id, a) => {
    if (!communities.has(id)) return;
    const c = communities.get(id);
    const s = sums.get(c) || { x: 0, y: 0, n: 0 };
    s.x += a.x; s.y += a.y; s.n += 1;
    sums.set(c, s);
    cx += a.x; cy += a.y; n += 1;
  });
  if (n === 0) return NaN;
  cx /= n; cy /= n;
  let own = 0;
  let all = 0;
  graph.forEachNode((id, a) => {
    if (!communities.has(id)) return;
    const s = sums.get(communities.get(id));
    own += Math.hypot(a.x - s.x / s.n, a.y - s.y / s.n);
    all += Math.hypot(a.x - cx, a.y - cy);
  });
  return all > 0 ? own / all : NaN;
}
