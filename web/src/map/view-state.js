// A map view in its address (issue 17, item 4; docs/web.md, "Views and links"): the date, colour, size, the kinds
// shown, the goal, sector and community filters, the overlays, the focused node and its depth, the camera, the tab
// beside the map, and whether the tables or the community overview stand in for it. The page keeps its address up to
// date as the view changes, so a bookmark, a copied address, a saved view or a share link opens the same view.
// Parameters at their default are left out, so the plain address is the map as it opens.

export const viewDefaults = Object.freeze({
  asOf: '', color: 'kind', size: '', hide: [], goal: '', sector: '', community: '', overlays: [], focus: '', depth: 1,
  camera: null, tab: '', table: '', overview: false,
});

const colors = new Set(['kind', 'sector', 'community']);
const overlayNames = new Set(['articulation', 'brokerage', 'labels']);
const tables = new Set(['nodes', 'ties']);
const list = (text) => (text ? text.split(',').map((s) => s.trim()).filter(Boolean) : []);

/**
 * The view a query string asks for, each parameter checked: what is not understood falls back to its default and is
 * named in `ignored` (so the page can say so), never thrown.
 */
export function readView(search) {
  const params = new URLSearchParams(search);
  const view = { ...viewDefaults, hide: [], overlays: [] };
  const ignored = [];
  const take = (name, ok, apply) => {
    const value = params.get(name);
    if (value == null || value === '') return;
    if (ok(value)) apply(value);
    else ignored.push(name);
  };
  take('asOf', (v) => /^\d{4}-\d{2}-\d{2}$/.test(v), (v) => { view.asOf = v; });
  take('color', (v) => colors.has(v), (v) => { view.color = v; });
  take('size', (v) => /^[A-Za-z_]{1,40}$/.test(v), (v) => { view.size = v; });
  take('hide', (v) => v === 'none' || list(v).every((k) => /^[A-Z_]{1,20}$/.test(k)), (v) => { view.hide = list(v); });
  take('goal', (v) => v.length <= 200, (v) => { view.goal = v; });
  take('sector', (v) => /^[A-Z_]{1,40}$/.test(v), (v) => { view.sector = v; });
  take('community', (v) => /^\d{1,6}$/.test(v), (v) => { view.community = v; });
  take('overlays', (v) => list(v).every((o) => overlayNames.has(o)), (v) => { view.overlays = list(v); });
  take('focus', (v) => v.length <= 200, (v) => { view.focus = v; });
  take('depth', (v) => /^[123]$/.test(v), (v) => { view.depth = Number(v); });
  take('camera', (v) => {
    const parts = v.split(',').map(Number);
    return parts.length === 3 && parts.every(Number.isFinite) && parts[2] > 0;
  }, (v) => {
    const [x, y, ratio] = v.split(',').map(Number);
    view.camera = { x, y, ratio };
  });
  take('tab', (v) => /^[a-z]{1,20}$/.test(v), (v) => { view.tab = v; });
  take('table', (v) => tables.has(v), (v) => { view.table = v; });
  take('overview', (v) => v === '1', () => { view.overview = true; });
  return { view, ignored };
}

const round = (n, digits) => String(Number(n.toFixed(digits)));

/** The query string for a view ('' for the map as it opens): only what differs from the defaults, in a fixed order. */
export function writeView(view) {
  const params = new URLSearchParams();
  const set = (name, value, fallback) => {
    if (value !== undefined && value !== null && value !== '' && value !== fallback) params.set(name, String(value));
  };
  set('asOf', view.asOf);
  set('color', view.color, viewDefaults.color);
  set('size', view.size);
  set('hide', [...(view.hide || [])].sort().join(','));
  set('goal', view.goal);
  set('sector', view.sector);
  set('community', view.community);
  set('overlays', [...(view.overlays || [])].sort().join(','));
  set('focus', view.focus);
  if (view.focus) set('depth', view.depth, viewDefaults.depth);
  if (view.camera) set('camera', `${round(view.camera.x, 4)},${round(view.camera.y, 4)},${round(view.camera.ratio, 4)}`, '0.5,0.5,1');
  set('tab', view.tab, 'details');
  set('table', view.table);
  set('overview', view.overview ? '1' : '');
  const text = params.toString();
  return text ? `?${text}` : '';
}
