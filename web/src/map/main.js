// The network map page: loads the network through the public GraphQL API, draws it with sigma.js (WebGL),
// and shows details, findings and dashboards beside it. `window.__ciGraph` exposes the state to tests.
import Sigma from 'sigma';
import './map.css';
import { AuthRequiredError, gql, queryFieldNames } from '../lib/api.js';
import { adoptShareLink, forgetSharedView, getApiKey, setApiKey } from '../lib/auth.js';
import { escapeHtml } from '../lib/html.js';
import { loadNetwork } from './load.js';
import { buildGraph, goalsByNode, patchGraph } from './graph.js';
import { setupEditing } from './edit.js';
import { computeLayout, readCachedLayout, writeCachedLayout } from './layout.js';
import { seedPositions } from './seed.js';
import { loadAnalyses, loadCentralityMeasure } from './analyses.js';
import { createPanels } from './panels.js';
import { renderProgress } from './jobs.js';
import { drawBrokerage } from './overlays.js';
import { applySizes, edgeReducer, nodeReducer } from './reducers.js';
import { addressFor, asOf, isDate, writtenDate } from './time.js';
import { setupDownload } from './download.js';
import { setupUpload } from './upload.js';
import { setupShare } from './share.js';
import { setupTableView } from './table-view.js';
import { readView, writeView } from './view-state.js';
import { setupViews } from './views.js';
import { installLabelPlacement } from './labels.js';
import { setupOverview } from './overview.js';
import { addedColor, applyComparison, ghostColor, leaveComparison, loadComparison, renderChange } from './compare.js';
import {
  articulationColor, communityColor, edgeColor, fadedColor, kindColors, kindLabels, kindPlurals, sectorColors, titleCase,
} from './style.js';

const $ = (id) => document.getElementById(id);

/** User Timing marks (ci-map:network-loaded, …:first-draw, …:ready): web/bench reads them; so can devtools. */
const mark = (name) => performance.mark(`ci-map:${name}`);

const state = {
  network: null,
  graph: null,
  renderer: null,
  features: new Set(),
  analyses: null,
  goals: new Map(),
  colorBy: 'kind',
  sizeBy: 'degree',
  kinds: new Set(Object.keys(kindLabels)),
  goal: '',
  sector: '',
  community: '',
  focus: null, // { center, nodes: Set }
  selected: null,
  overlays: { articulation: false, brokerage: false, labels: false },
  // Where the positions came from ('cache' or 'computed'), how the computed ones started ('communities' or 'one
  // disc'), where they were computed (the worker's scope name, or 'main thread'), and whether they were cached.
  layoutSource: null,
  layoutSeed: null,
  layoutThread: null,
  layoutCache: null,
  layoutProgress: 0,
  layoutRedraws: [], // ms each application of the layout's positions took to draw
  ready: false,
};
window.__ciGraph = state;
// Opened from a share link: its secret is this tab's key from now on, and the address loses it before anything loads.
state.sharedView = adoptShareLink();

/** Over an empty map, what to do: import partners (or, before the first entry, pick a later date). */
function showEmptyState(empty) {
  const element = $('map-empty');
  element.hidden = !empty;
  if (!empty) return;
  $('map-empty-text').innerHTML = asOf.isToday
    ? 'This network is empty: there is nothing to map or analyse yet. Add your partners from a spreadsheet (start from the template in the Import dialog), from a Kumu map, or from a network document.'
    : `On ${escapeHtml(writtenDate(asOf.date))} the network had no entries yet. Choose a later date, or go back to today.`;
  $('map-empty-import').hidden = !asOf.isToday;
}

function showBanner(html, kind = 'info') {
  const banner = $('banner');
  banner.className = `banner ${kind}`;
  banner.innerHTML = html;
  banner.hidden = false;
}

/** The line over the map; 'progress' puts it in a corner, out of the way of the map being drawn. */
/** A background analysis job's progress bar over the map, hidden again a moment after the job ends. */
function showJob(label, job) {
  const element = $('map-job');
  state.jobs = { ...(state.jobs || {}), [label]: job };
  renderProgress(element, label, job);
  if (job.state === 'SUCCEEDED' || job.state === 'FAILED' || job.state === 'CANCELLED' || job.state === 'EXPIRED') {
    setTimeout(() => { if (state.jobs[label] === job) element.hidden = true; }, 3000);
  }
}

function setStatus(text, kind = '') {
  const status = $('map-status');
  status.textContent = text;
  status.className = `map-status ${kind}`.trim();
  status.hidden = !text;
}

function askForKey(reason) {
  const dialog = $('key-dialog');
  $('key-reason').textContent = reason || 'This service asks for an API key. It is kept for this browser tab only.';
  $('key-input').value = getApiKey();
  dialog.showModal();
}

$('key-form').addEventListener('submit', (event) => {
  const action = event.submitter?.value;
  if (action === 'clear') setApiKey('');
  if (action === 'save') setApiKey($('key-input').value);
  if (action === 'clear' || action === 'save') forgetSharedView();
  // Everything the page shows depends on what the key may see: start again.
  setTimeout(() => location.reload(), 0);
});
$('api-key-button').addEventListener('click', () => askForKey());

// ---- the map's date, and compare mode (issue 15) -------------------------------------------------------

function setupTime() {
  const input = $('as-of');
  input.value = asOf.date;
  input.max = '9999-12-31';
  if (asOf.invalid) showBanner(`“${escapeHtml(asOf.invalid)}” is not a date (YYYY-MM-DD): the map shows the network as of today.`, 'warn');
  $('as-of-form').addEventListener('submit', (event) => {
    event.preventDefault();
    if (!isDate(input.value)) {
      showBanner('Give the date as a calendar date (YYYY-MM-DD).', 'warn');
      return;
    }
    if (input.value !== asOf.date) location.assign(addressFor(input.value));
  });
  $('as-of-today').addEventListener('click', () => {
    if (!asOf.isToday) location.assign(addressFor(null));
  });
  $('compare-button').addEventListener('click', openCompare);
  $('compare-form').addEventListener('submit', submitCompare);
  setupDownload(state);
  setupUpload();
  setupShare();
  setupViews();
  $('report-link').href = `report${asOf.isToday ? '' : `?asOf=${asOf.date}`}`;
  $('map-empty-import').addEventListener('click', () => $('import-button').click());
  $('widen-panel').addEventListener('click', () => {
    const wide = document.querySelector('.layout').classList.toggle('wide');
    $('widen-panel').setAttribute('aria-pressed', String(wide));
    $('widen-panel').textContent = wide ? 'Narrower' : 'Wider';
    // Sigma draws into its container's size: tell it the map changed width.
    requestAnimationFrame(() => { state.renderer?.resize(); state.renderer?.refresh(); });
  });
  $('tab-change').addEventListener('click', (event) => {
    if (!event.target.closest('#leave-compare')) return;
    leaveComparison(state);
    $('tab-change').innerHTML = renderChange(null, escapeHtml);
    $('as-of-note').textContent = 'Compare mode left.';
    refresh();
  });
  $('tab-change').innerHTML = renderChange(null, escapeHtml);
}

async function openCompare() {
  const dialog = $('compare-dialog');
  $('compare-to').textContent = writtenDate(asOf.date);
  $('compare-error').hidden = true;
  const yearBefore = new Date(`${asOf.date}T00:00:00Z`);
  yearBefore.setUTCFullYear(yearBefore.getUTCFullYear() - 1);
  if (!$('compare-date').value) $('compare-date').value = yearBefore.toISOString().slice(0, 10);
  const select = $('compare-snapshot');
  select.innerHTML = '';
  try {
    const { data } = await gql('query Snapshots { snapshots { name createdAt } }');
    for (const snapshot of data?.snapshots || []) {
      const option = document.createElement('option');
      option.value = snapshot.name;
      option.textContent = `${snapshot.name} (${writtenDate(snapshot.createdAt.slice(0, 10))})`;
      select.append(option);
    }
  } catch {
    // No snapshot list for this key or API: dates only.
  }
  $('compare-kind-snapshot').disabled = select.options.length === 0;
  select.disabled = select.options.length === 0;
  dialog.showModal();
}

async function submitCompare(event) {
  if (event.submitter?.value !== 'compare') return;
  event.preventDefault();
  const kind = new FormData($('compare-form')).get('compare-kind');
  const from = kind === 'snapshot' ? { snapshot: $('compare-snapshot').value } : { date: $('compare-date').value };
  const error = $('compare-error');
  if (kind === 'date' && !isDate(from.date)) {
    error.textContent = 'Give the date to compare from (YYYY-MM-DD).';
    error.hidden = false;
    return;
  }
  error.hidden = true;
  $('as-of-note').textContent = 'Comparing…';
  try {
    const comparison = await loadComparison(from, { onJob: showJob });
    applyComparison(state, comparison);
  } catch (e) {
    error.textContent = `The comparison could not be made: ${e.message}`;
    error.hidden = false;
    $('as-of-note').textContent = '';
    return;
  }
  $('compare-dialog').close();
  const { result } = state.compare;
  $('tab-change').innerHTML = renderChange(result, escapeHtml);
  panels.showTab('change');
  $('as-of-note').textContent = `Compared with ${result.from.label}: ${result.tiesAdded.count} ties added, ${result.tiesEnded.count} ended.`;
  refresh();
}
// The map is drawn before the analyses are in; until setupControls wires the search, Enter must not reload the page.
$('search-form').addEventListener('submit', (e) => e.preventDefault());

/** A community's name from the overview (communityOverview), or its number where the API has no names. */
function communityName(index) {
  return state.analyses?.communityNames?.[index] || `Community ${index + 1}`;
}

function refresh() {
  state.renderer?.refresh();
  renderLegend();
  viewChanged();
}

// ---- the view in the address (view-state.js) ------------------------------------------------------

const addressView = readView(location.search);

/** The size measure the map opens with: the API's default centrality, or degree. */
const defaultSize = () => state.analyses?.defaultMeasure || 'degree';

/** The kinds hidden, for the address: nothing when as the map opens, ['none'] when all are shown but some start hidden. */
function hiddenForAddress() {
  const hidden = Object.keys(kindLabels).filter((k) => !state.kinds.has(k));
  const usual = state.defaultHidden || [];
  if (hidden.length === usual.length && hidden.every((k) => usual.includes(k))) return [];
  return hidden.length ? hidden : ['none'];
}

/** What the map shows now, as view-state.js writes it into the address. */
function currentView() {
  const camera = state.renderer?.getCamera().getState();
  const asked = new URLSearchParams(location.search).get('asOf');
  return {
    asOf: isDate(asked) ? asked : '',
    color: state.colorBy,
    size: state.sizeBy === defaultSize() ? '' : state.sizeBy,
    hide: hiddenForAddress(),
    goal: state.goal,
    sector: state.sector,
    community: state.community,
    overlays: Object.keys(state.overlays).filter((o) => state.overlays[o]),
    // A focus on one node's neighbourhood; "show on map" of a list (depth 0) is not a view of its own.
    focus: state.focus?.depth >= 1 ? state.focus.center : '',
    depth: state.focus?.depth ?? 1,
    camera: camera && { x: camera.x, y: camera.y, ratio: camera.ratio },
    tab: document.querySelector('.tabs [data-tab].active')?.dataset.tab || '',
    table: state.tableView?.current() || '',
    overview: Boolean(state.overview?.isOpen()),
  };
}

let addressTimer = null;
/** Keeps the address in step with the view, a moment after it changes (replaceState: no history entry per pan). */
function viewChanged() {
  if (!state.viewApplied) return;
  clearTimeout(addressTimer);
  addressTimer = setTimeout(() => {
    const search = writeView(currentView());
    if (search !== location.search) history.replaceState(null, '', location.pathname + search);
  }, 250);
}

/** Sets a select to a value it offers (not disabled); false when it offers no such value. */
function choose(select, value) {
  const option = [...select.options].find((o) => o.value === value && !o.disabled);
  if (!option) return false;
  select.value = value;
  return true;
}

/**
 * Applies the view the address asks for (the controls, then, once the layout is done, focus, camera and tables).
 * What cannot be applied is left at its default and named in a notice, never an error.
 */
async function applyAddressView(layoutDone) {
  const { view, ignored } = addressView;
  const notApplied = [...ignored];
  if (view.color !== 'kind') {
    if (choose($('color-by'), view.color)) state.colorBy = view.color;
    else notApplied.push(`colour by ${view.color}`);
  }
  if (view.size && view.size !== state.sizeBy) {
    if (choose($('size-by'), view.size)) {
      try {
        if (view.size !== 'degree') await loadCentralityMeasure(state.analyses, view.size);
        state.sizeBy = view.size;
        applySizes(state);
      } catch {
        $('size-by').value = state.sizeBy;
        notApplied.push(`size by ${view.size}`);
      }
    } else {
      notApplied.push(`size by ${view.size}`);
    }
  }
  if (view.hide.length) {
    // The address lists every kind hidden ('none': none), whatever starts hidden on this map.
    const unknown = view.hide.filter((k) => k !== 'none' && !kindLabels[k]);
    if (unknown.length) notApplied.push(...unknown.map((k) => `hide ${k}`));
    for (const box of $('kind-filter').querySelectorAll('input')) {
      box.checked = !view.hide.includes(box.value);
      if (box.checked) state.kinds.add(box.value);
      else state.kinds.delete(box.value);
    }
  }
  for (const [name, select] of [['goal', 'goal-filter'], ['sector', 'sector-filter'], ['community', 'community-filter']]) {
    if (!view[name]) continue;
    if (choose($(select), view[name])) state[name] = view[name];
    else notApplied.push(`${name} ${view[name]}`);
  }
  for (const name of view.overlays) {
    if ($(`overlay-${name}`).disabled) { notApplied.push(`the ${name} overlay`); continue; }
    $(`overlay-${name}`).checked = true;
    state.overlays[name] = true;
  }
  refresh();
  await layoutDone;
  if (view.focus) {
    $('focus-depth').value = String(view.depth);
    if (!focusNode(view.focus, view.depth)) notApplied.push(`focus on ${view.focus} (not on this map)`);
  }
  // After the focus, which opens the focused node's details.
  if (view.tab) {
    if (document.querySelector(`.tabs [data-tab="${CSS.escape(view.tab)}"]`)) panels.showTab(view.tab);
    else notApplied.push(`the ${view.tab} tab`);
  }
  if (view.camera) state.renderer.getCamera().setState(view.camera);
  if (view.table) state.tableView.open(view.table);
  if (view.overview && !state.overview.show(true)) notApplied.push('the community overview');
  if (notApplied.length) {
    showBanner(`This address asked for what this map cannot show; left as the map opens: ${notApplied.map(escapeHtml).join(', ')}.`, 'warn');
  }
  state.viewApplied = true;
  state.renderer.getCamera().on('updated', viewChanged);
  for (const button of document.querySelectorAll('.tabs [data-tab], #view-table, #view-overview, .table-switch button')) button.addEventListener('click', viewChanged);
  $('overview-list').addEventListener('click', viewChanged);
  viewChanged();
}

// ---- legend and controls -------------------------------------------------------------------------

function swatch(color, label, shape = 'dot') {
  return `<div class="legend-row"><span class="swatch ${shape}" style="background:${color}"></span>${label}</div>`;
}

function renderLegend() {
  let rows = '';
  if (state.colorBy === 'kind') {
    rows = Object.entries(kindLabels).map(([k, label]) => swatch(kindColors[k], label)).join('');
  } else if (state.colorBy === 'sector') {
    rows = Object.entries(sectorColors).map(([k, c]) => swatch(c, titleCase(k))).join('')
      + swatch(fadedColor, 'Not an organization');
  } else {
    const count = state.analyses?.communityCount || 0;
    rows = count
      ? Array.from({ length: count }, (_, i) => swatch(communityColor(i), escapeHtml(communityName(i)))).join('')
      : '<p class="muted">Communities are not available from this API.</p>';
  }
  if (state.overlays.articulation) rows += swatch(articulationColor, 'Articulation point (a cut point)');
  if (state.overlays.brokerage) rows += swatch('#c2185b', 'Suggested introduction', 'dash');
  if (state.compare) {
    const since = escapeHtml(state.compare.result.from.label);
    rows += swatch('#fff', `Joined since ${since} (ringed, labelled)`, 'ring')
      + swatch(addedColor, `Tie added since ${since} (thick)`, 'line')
      + swatch(ghostColor, `Tie ended since ${since} (pale, thin)`, 'line');
  }
  const size = $('size-by').selectedOptions[0]?.textContent || 'degree';
  rows += `<p class="muted small">Node size: ${size}. Goals and the backbone are always labelled.</p>`;
  if (state.peopleOnDemand && !state.kinds.has('PERSON')) {
    rows += '<p class="muted small">People are left off a map this big: they appear when you focus an organization, or all at once with the People box.</p>';
  }
  $('legend').innerHTML = rows;
}

function fillSelect(select, options) {
  for (const [value, label] of options) {
    const option = document.createElement('option');
    option.value = value;
    option.textContent = label;
    select.append(option);
  }
}

function setupControls() {
  const { network, graph } = state;
  const kindBox = $('kind-filter');
  const counts = {};
  graph.forEachNode((_, a) => { counts[a.kind] = (counts[a.kind] || 0) + 1; });
  // On a big map people start hidden (thousands of specks hide who works with whom) and appear on demand: in a
  // focused neighbourhood, or all at once with the People box.
  state.peopleOnDemand = (counts.PERSON || 0) > peopleOnDemandAbove;
  if (state.peopleOnDemand) state.kinds.delete('PERSON');
  state.defaultHidden = Object.keys(kindLabels).filter((k) => !state.kinds.has(k));
  for (const [kind, label] of Object.entries(kindLabels)) {
    const row = document.createElement('label');
    row.className = 'check';
    row.innerHTML = `<input type="checkbox" value="${kind}"${state.kinds.has(kind) ? ' checked' : ''}> <span class="swatch dot" style="background:${kindColors[kind]}"></span> ${kindPlurals[kind]} <span class="muted">(${counts[kind] || 0})</span>`;
    row.querySelector('input').addEventListener('change', (e) => {
      if (e.target.checked) state.kinds.add(kind);
      else state.kinds.delete(kind);
      refresh();
    });
    kindBox.append(row);
  }
  fillSelect($('goal-filter'), network.goals.map((g) => [g.id, g.name]));
  fillSelect($('sector-filter'), Object.keys(sectorColors).map((s) => [s, titleCase(s)]));
  const sizeOptions = [['degree', 'degree (links)'], ...(state.analyses?.centralityMeasures || [])];
  fillSelect($('size-by'), sizeOptions);
  if (state.analyses?.centralityMeasures?.length) {
    state.sizeBy = state.analyses.defaultMeasure || state.analyses.centralityMeasures[0][0];
    $('size-by').value = state.sizeBy;
  }
  const communityCount = state.analyses?.communityCount || 0;
  if (communityCount) {
    fillSelect($('community-filter'), Array.from({ length: communityCount }, (_, i) => [String(i), communityName(i)]));
  } else {
    $('community-filter').disabled = true;
    $('color-by').querySelector('option[value="community"]').disabled = true;
  }
  if (!state.analyses?.articulation) $('overlay-articulation').disabled = true;
  if (!state.analyses?.brokerage?.length) $('overlay-brokerage').disabled = true;

  $('color-by').addEventListener('change', (e) => { state.colorBy = e.target.value; refresh(); });
  $('size-by').addEventListener('change', async (e) => {
    const measure = e.target.value;
    if (measure !== 'degree') {
      try {
        await loadCentralityMeasure(state.analyses, measure);
      } catch (error) {
        showBanner(`The ${escapeHtml(measure.toLowerCase())} scores could not be loaded: ${escapeHtml(error.message)}`, 'warn');
        e.target.value = state.sizeBy;
        return;
      }
    }
    state.sizeBy = measure;
    applySizes(state);
    refresh();
  });
  $('goal-filter').addEventListener('change', (e) => { state.goal = e.target.value; refresh(); });
  $('sector-filter').addEventListener('change', (e) => { state.sector = e.target.value; refresh(); });
  $('community-filter').addEventListener('change', (e) => { state.community = e.target.value; refresh(); });
  for (const name of Object.keys(state.overlays)) {
    $(`overlay-${name}`).addEventListener('change', (e) => { state.overlays[name] = e.target.checked; refresh(); });
  }

  const options = $('search-options');
  const seen = new Set();
  graph.forEachNode((id, a) => {
    const option = document.createElement('option');
    option.value = seen.has(a.label) ? `${a.label} (${id})` : a.label;
    seen.add(a.label);
    option.label = `${kindLabels[a.kind]} · ${id}`;
    options.append(option);
  });
  $('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const id = findNode($('search').value);
    if (id) focusNode(id, Number($('focus-depth').value));
    else showBanner(`No node is called “${escapeHtml($('search').value)}”.`, 'warn');
  });
  $('focus-depth').addEventListener('change', () => {
    if (state.focus) focusNode(state.focus.center, Number($('focus-depth').value));
  });
  $('clear-focus').addEventListener('click', () => clearFocus());
}

/** A node id from what was typed: an id, an exact name, "name (id)", or the first name containing it. */
function findNode(text) {
  const { graph } = state;
  const query = text.trim();
  if (!query) return null;
  if (graph.hasNode(query)) return query;
  const suffix = query.match(/\(([^()]+)\)$/);
  if (suffix && graph.hasNode(suffix[1])) return suffix[1];
  const lower = query.toLowerCase();
  let contains = null;
  for (const id of graph.nodes()) {
    const label = String(graph.getNodeAttribute(id, 'label')).toLowerCase();
    if (label === lower) return id;
    if (!contains && label.includes(lower)) contains = id;
  }
  return contains;
}

// ---- focus and selection ---------------------------------------------------------------------------

function neighbourhood(center, depth) {
  const seen = new Set([center]);
  let frontier = [center];
  for (let d = 0; d < depth; d++) {
    const next = [];
    for (const id of frontier) {
      state.graph.forEachNeighbor(id, (n) => {
        if (!seen.has(n)) { seen.add(n); next.push(n); }
      });
    }
    frontier = next;
  }
  return seen;
}

export function focusNode(id, depth = 1) {
  if (!state.graph.hasNode(id)) return false;
  state.focus = { center: id, depth, nodes: neighbourhood(id, depth) };
  selectNode(id);
  fitCamera(state.focus.nodes);
  refresh();
  return true;
}

/** Moves the camera so these nodes fill the view (display coordinates are normalized: ratio 1 shows all). */
export function fitCamera(ids) {
  let minX = Infinity; let maxX = -Infinity; let minY = Infinity; let maxY = -Infinity;
  for (const id of ids) {
    const d = state.renderer.getNodeDisplayData(id);
    if (!d) continue;
    minX = Math.min(minX, d.x); maxX = Math.max(maxX, d.x);
    minY = Math.min(minY, d.y); maxY = Math.max(maxY, d.y);
  }
  if (minX === Infinity) return;
  const ratio = Math.min(1.1, Math.max(0.08, Math.max(maxX - minX, maxY - minY) * 1.25));
  state.renderer.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 400 });
}

function clearFocus() {
  state.focus = null;
  state.selected = null;
  state.renderer.getCamera().animatedReset({ duration: 300 });
  panels.showDetails(null);
  refresh();
}

function selectNode(id) {
  state.selected = id;
  panels.showDetails(id);
  refresh();
}

const panels = createPanels(state, { focusNode, fitCamera, escapeHtml });

/** The node map on one community (chosen in the overview): the community filter set to it and the camera on its nodes. */
function openCommunity(index) {
  state.community = String(index);
  $('community-filter').value = state.community;
  state.focus = null;
  refresh();
  fitCamera(state.graph.filterNodes((id) => state.analyses?.communities?.get(id) === index));
}

/** What the size menu calls a measure ("betweenness centrality"), for the table view's score column. */
function measureLabel(measure) {
  return state.analyses?.centralityMeasures?.find(([m]) => m === measure)?.[1] ?? titleCase(measure);
}

/** A node in words, for the screen reader: "Riverbend Libraries, organization, 12 connections". */
function nodeInWords(id) {
  const a = state.graph.getNodeAttribute.bind(state.graph, id);
  return `${a('label')}, ${(kindLabels[a('kind')] || a('kind')).toLowerCase()}, ${state.graph.degree(id)} connections`;
}

/**
 * The map by keyboard (docs/web.md, "Keyboard"): arrows pan, + and - zoom, 0 shows everything; N and P step through
 * the nodes shown, largest first, or the chosen node's neighbours; Enter focuses the chosen node's neighbourhood;
 * Escape clears. Each step is announced in a live region.
 */
function setupKeyboard() {
  const map = $('map');
  const announce = (text) => { $('map-announce').textContent = text; };
  let ring = null; // { around, ids, at }
  const shown = (id) => !state.renderer.getNodeDisplayData(id)?.hidden;
  function step(by) {
    const around = state.selected && state.focus?.center === state.selected ? state.selected : null;
    if (!ring || ring.around !== around) {
      const ids = around
        ? state.graph.neighbors(around).filter(shown).sort((x, y) => state.graph.getNodeAttribute(x, 'label').localeCompare(state.graph.getNodeAttribute(y, 'label')))
        : state.graph.filterNodes(shown).sort((x, y) => (state.graph.getNodeAttribute(y, 'size') || 0) - (state.graph.getNodeAttribute(x, 'size') || 0));
      ring = { around, ids, at: -1 };
    }
    if (!ring.ids.length) { announce('No node to step to.'); return; }
    ring.at = (ring.at + by + ring.ids.length) % ring.ids.length;
    const id = ring.ids[ring.at];
    state.selected = id;
    panels.showDetails(id);
    const d = state.renderer.getNodeDisplayData(id);
    if (d) state.renderer.getCamera().animate({ x: d.x, y: d.y }, { duration: 200 });
    refresh();
    announce(`${nodeInWords(id)}. ${ring.at + 1} of ${ring.ids.length}${around ? ` around ${state.graph.getNodeAttribute(around, 'label')}` : ''}.`);
  }
  map.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const camera = state.renderer.getCamera();
    const { x, y, ratio } = camera.getState();
    const pan = 0.1 * ratio;
    const moves = { ArrowLeft: [-pan, 0], ArrowRight: [pan, 0], ArrowUp: [0, pan], ArrowDown: [0, -pan] };
    if (moves[event.key]) {
      camera.animate({ x: x + moves[event.key][0], y: y + moves[event.key][1] }, { duration: 100 });
    } else if (event.key === '+' || event.key === '=') {
      camera.animatedZoom({ duration: 150 });
    } else if (event.key === '-' || event.key === '_') {
      camera.animatedUnzoom({ duration: 150 });
    } else if (event.key === '0') {
      camera.animatedReset({ duration: 200 });
      announce('The whole map.');
    } else if (event.key === 'n' || event.key === 'N') {
      step(1);
    } else if (event.key === 'p' || event.key === 'P') {
      step(-1);
    } else if (event.key === 'Enter' && state.selected) {
      const center = state.selected;
      focusNode(center, Number($('focus-depth').value));
      ring = null;
      announce(`The neighbourhood of ${state.graph.getNodeAttribute(center, 'label')}: ${state.focus.nodes.size - 1} nodes. N and P step through its neighbours.`);
    } else if (event.key === 'Escape' && (state.focus || state.selected)) {
      clearFocus();
      ring = null;
      announce('Nothing chosen: the whole map.');
    } else {
      return;
    }
    event.preventDefault();
  });
}

// ---- start ---------------------------------------------------------------------------------------

function createRenderer() {
  state.renderer = new Sigma(state.graph, $('map'), {
    nodeReducer: (id, attrs) => nodeReducer(state, id, attrs),
    edgeReducer: (edge, attrs) => edgeReducer(state, edge, attrs),
    zIndex: true,
    renderEdgeLabels: false,
    labelRenderedSizeThreshold: 8,
    labelDensity: 0.6,
    labelGridCellSize: 90,
    labelFont: 'system-ui, -apple-system, "Segoe UI", sans-serif',
    labelSize: 12,
    labelWeight: '500',
    defaultEdgeColor: edgeColor,
    stagePadding: 40,
    minCameraRatio: 0.05,
    maxCameraRatio: 4,
    // Thousands of edges cost most of a frame; while the camera moves, a big map draws its nodes only (web/bench).
    hideEdgesOnMove: state.graph.size > bigMapEdges,
  });
  const { renderer } = state;
  // Labels never overlap, and none runs past the map's edge (labels.js).
  state.labels = installLabelPlacement(renderer);
  renderer.setSetting('defaultDrawNodeLabel', state.labels);
  renderer.setSetting('defaultDrawNodeHover', state.labels.hover);
  renderer.on('clickNode', ({ node }) => selectNode(node));
  // A right-click shows the node's details with what may be done to it (Edit, End…, History: edit.js).
  renderer.on('rightClickNode', ({ node, event }) => {
    event.original.preventDefault();
    event.preventSigmaDefault();
    selectNode(node);
    document.querySelector('#tab-details .edit-actions button')?.focus();
  });
  renderer.on('doubleClickNode', ({ node, event }) => {
    event.preventSigmaDefault();
    focusNode(node, Number($('focus-depth').value));
  });
  renderer.on('clickStage', () => {
    if (!state.focus) { state.selected = null; panels.showDetails(null); refresh(); }
  });
  renderer.on('enterNode', () => { $('map').style.cursor = 'pointer'; });
  renderer.on('leaveNode', () => { $('map').style.cursor = ''; });
}

const count = (n) => n.toLocaleString('en');

/** Above this many people, people start hidden and appear on demand (a focused neighbourhood, or the People box). */
const peopleOnDemandAbove = 1000;

/** From this many edges on, edges are hidden while the camera moves and layout progress is drawn less often. */
const bigMapEdges = 5000;

/** What this key may not see, in words, or '' when it sees everything. */
function hiddenNotice() {
  const { network, graph, analyses } = state;
  // Every node of FULL is in a community, so their sizes count the people the key may not see too.
  const hiddenNodes = analyses.fullNodeCount != null ? Math.max(0, analyses.fullNodeCount - graph.order) : null;
  if (!network.hidden.length && !hiddenNodes) return '';
  const people = graph.filterNodes((_, a) => a.kind === 'PERSON');
  const ties = network.refused.ties || 0;
  const tiesText = ties ? ` and the ${count(ties)} ties that touch them` : '';
  if (network.hidden.includes('people') || (!people.length && hiddenNodes)) {
    const howMany = hiddenNodes ? `the ${count(hiddenNodes)} people` : 'people';
    return `This API key may not see people: the map is drawn without ${howMany}${tiesText}.`;
  }
  if (people.length && (hiddenNodes || ties)) {
    const organizations = new Set(people.map((id) => graph.getNodeAttribute(id, 'organization')));
    const [only] = organizations;
    const whose = organizations.size === 1 && graph.hasNode(only)
      ? `only the people of ${escapeHtml(graph.getNodeAttribute(only, 'label'))} (${count(people.length)})`
      : `only ${count(people.length)} people`;
    const others = hiddenNodes ? `the other ${count(hiddenNodes)} people` : 'other people';
    return `This API key sees ${whose}: ${others}${tiesText} are hidden, and the map is drawn without them.`;
  }
  const hidden = network.hidden.map((f) => f.toLowerCase());
  const list = hidden.length > 1 ? `${hidden.slice(0, -1).join(', ')} and ${hidden.at(-1)}` : hidden[0];
  return `This API key may not see everything: ${list} are hidden or incomplete, and the map is drawn without them.`;
}

async function start() {
  let analyses;
  try {
    state.features = await queryFieldNames().catch((e) => {
      if (e instanceof AuthRequiredError) throw e;
      return new Set();
    });
    setStatus('Loading the network…');
    // The analyses do not need the network: ask for both at once.
    analyses = loadAnalyses(state.features, { onJob: showJob });
    state.analyses = analyses.result;
    state.network = await loadNetwork();
    mark('network-loaded');
  } catch (e) {
    if (e instanceof AuthRequiredError && state.sharedView) {
      setStatus('');
      showBanner('This shared link no longer works: it has expired or the backbone revoked it. Ask them for a new one.', 'error');
      return;
    }
    if (e instanceof AuthRequiredError) {
      setStatus('An API key is needed to read this network.');
      askForKey(e.message);
      return;
    }
    setStatus('');
    showBanner(`The network could not be loaded: ${escapeHtml(e.message)}`, 'error');
    return;
  }
  const { network } = state;
  if (state.sharedView) {
    $('shared-view-note').hidden = false;
    for (const id of ['import-button', 'share-button']) $(id).hidden = true;
  }
  $('initiative-name').textContent = network.initiative?.name || 'Collective impact network';
  $('network-version').textContent = `network version ${network.version} · as of ${writtenDate(asOf.date)}${asOf.isToday ? ' (today)' : ''}`;
  $('as-of-note').textContent = `Showing the network as of ${writtenDate(asOf.date)}.`;
  state.graph = buildGraph(network);
  state.goals = goalsByNode(network);
  state.asOfIsToday = asOf.isToday;
  const { graph } = state;
  showEmptyState(graph.order === 0);
  applySizes(state);

  // Draw at once: from the cached layout, else from starting positions grouped by community (the layout then
  // refines them in a worker while the map is already on screen). The layout marks time reading the cache, or
  // computing the layout from the seed.
  let analysesDone = false;
  mark('layout-start');
  const cached = readCachedLayout(graph, network.version);
  if (cached) mark('layout-end');
  if (!cached) {
    setStatus('Grouping the map by community…');
    await analyses.loaded('communities');
    state.layoutSeed = seedPositions(graph, state.analyses.communities);
  }
  createRenderer();
  mark('first-draw');
  // A computed layout is timed from here, its seed drawn (a second layout-start mark: the later one counts).
  if (!cached) mark('layout-start');
  const layoutDone = cached ? Promise.resolve('cache') : computeLayout(graph, {
    workerUrl: new URL('layout-worker.js', document.baseURI).toString(),
    communities: state.analyses.communities,
    // Each application of the worker's positions redraws the whole map. Apply them a few times a second on a small
    // map, at most once a second on a big one, and never more often than leaves the main thread three quarters of
    // the time free: the gap is at least three times what the last redraw took.
    applyGapMs: () => Math.max(graph.size > bigMapEdges ? 1000 : 300, 3 * (state.layoutRedraws.at(-1) || 0)),
    onApplied: () => {
      // A redraw ends when the frame after sigma's render can run (with software WebGL the wait is in the compositor).
      const start = performance.now();
      state.renderer.once('afterRender', () => requestAnimationFrame(() => {
        state.layoutRedraws.push(Math.round(performance.now() - start));
      }));
    },
    onProgress: (done, iterations) => {
      state.layoutProgress = done / iterations;
      setStatus(`Laying out ${count(graph.order)} nodes… ${Math.round(100 * state.layoutProgress)}%`, 'progress');
    },
  }).then((thread) => {
    mark('layout-end');
    state.layoutThread = thread;
    state.layoutCache = writeCachedLayout(graph, network.version);
    if (!analysesDone) setStatus('Loading the analyses…', 'progress');
    return 'computed';
  });
  setStatus(cached ? 'Loading the analyses…' : `Laying out ${count(graph.order)} nodes…`, 'progress');

  await analyses.all;
  analysesDone = true;
  mark('analyses-loaded');
  if (state.analyses.problems.length) {
    console.warn('Some analyses could not be loaded:', state.analyses.problems);
  }
  const notice = hiddenNotice();
  if (notice) showBanner(notice, 'warn');
  setupControls();
  if (!state.features.has('compare')) $('compare-button').disabled = true;
  applySizes(state);
  drawBrokerage(state, $('map'));
  refresh();
  panels.renderDashboards();
  state.tableView = setupTableView(state, { escapeHtml, measureLabel });
  state.overview = setupOverview(state, { open: openCommunity, escapeHtml, announce: (text) => { $('map-announce').textContent = text; } });
  setupKeyboard();
  state.editing = setupEditing(state, {
    escapeHtml,
    followChange,
    announce: (text, error) => {
      $('map-announce').textContent = text;
      if (error) showBanner(escapeHtml(text), 'warn');
      else setStatus(text);
      if (!error) setTimeout(() => { if ($('map-status').textContent === text) setStatus(''); }, 4000);
    },
  });
  state.detailActions = state.editing.detailActions;
  await state.editing.start();
  await applyAddressView(layoutDone);

  state.layoutSource = await layoutDone;
  setStatus('');
  state.ready = true;
  mark('ready');
  document.body.dataset.ready = 'true';
}

/**
 * After an edit (issue 19): the network is read again and the drawn graph patched in place (the layout kept, new
 * nodes placed among their neighbours), the details shown again, and the analyses marked out of date until they are
 * read again for the new version.
 */
async function followChange(focusId) {
  let network;
  try {
    network = await loadNetwork();
  } catch (e) {
    // Saved, but the network could not be read again: say so rather than show a map that is out of date.
    showBanner(`Saved. The map could not be brought up to date (${escapeHtml(e.message)}); reload the page to see the change.`, 'warn');
    return;
  }
  state.network = network;
  state.goals = goalsByNode(network);
  const changes = patchGraph(state.graph, buildGraph(network));
  state.lastPatch = changes;
  // Sigma takes in nodes added at its next full refresh; attribute updates before it would name nodes it does not know.
  state.renderer?.refresh();
  $('network-version').textContent = `network version ${network.version} · as of ${writtenDate(asOf.date)}${asOf.isToday ? ' (today)' : ''}`;
  showEmptyState(state.graph.order === 0);
  const counts = {};
  state.graph.forEachNode((_, a) => { counts[a.kind] = (counts[a.kind] || 0) + 1; });
  for (const row of $('kind-filter').querySelectorAll('label')) {
    const count = row.querySelector('.muted');
    if (count) count.textContent = `(${counts[row.querySelector('input').value] || 0})`;
  }
  applySizes(state);
  const selected = focusId && state.graph.hasNode(focusId) ? focusId : state.selected && state.graph.hasNode(state.selected) ? state.selected : null;
  state.selected = selected;
  if (state.focus && !state.graph.hasNode(state.focus.center)) state.focus = null;
  panels.showDetails(selected);
  refresh();
  const panel = document.querySelector('.panel');
  panel?.classList.add('stale');
  $('analyses-stale').hidden = false;
  const fresh = loadAnalyses(state.features, { onJob: showJob });
  state.analyses = fresh.result;
  await fresh.all;
  panel?.classList.remove('stale');
  $('analyses-stale').hidden = true;
  applySizes(state);
  drawBrokerage(state, $('map'));
  panels.renderDashboards();
  panels.showDetails(state.selected);
  refresh();
  state.followed = (state.followed || 0) + 1;
}

setupTime();
start();
