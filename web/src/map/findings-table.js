// Findings as tables (issue 17, item 3; docs/web.md, "Findings as tables"): gaps, overlapping activities, unreinforced
// pairs and introductions, each a table that can be filtered (kind, goal, organization, sector, reviewed or new),
// sorted by any column, paged, and saved as CSV exactly as filtered and sorted. Where the API keeps reviews
// (markFindingReviewed), each row has a Reviewed box: marked findings are remembered across network versions, so the
// next meeting can show only what is new.
import { csvText } from './csv.js';
import { saveBlob } from './picture.js';

const defaultPageSize = 20;

/**
 * What a finding is about, for the filters: its goals, organizations and their sectors. Organizations are the nodes
 * themselves, an activity's lead and partners, a person's organization; goals are the ones each node serves.
 */
export function relationsOf(nodes, { graph, goals }) {
  const organizations = new Set();
  const goalIds = new Set();
  for (const id of nodes) {
    for (const g of goals?.get(id) || []) goalIds.add(g);
    if (!graph?.hasNode(id)) continue;
    const kind = graph.getNodeAttribute(id, 'kind');
    if (kind === 'ORGANIZATION') organizations.add(id);
    if (kind === 'PERSON' && graph.getNodeAttribute(id, 'organization')) organizations.add(graph.getNodeAttribute(id, 'organization'));
    if (kind === 'ACTIVITY') {
      graph.forEachNeighbor(id, (other, attributes) => {
        if (attributes.kind !== 'ORGANIZATION') return;
        const relations = graph.getEdgeAttribute(graph.edge(id, other), 'relations');
        if (relations.includes('LEADS') || relations.includes('PARTNERS_ON')) organizations.add(other);
      });
    }
  }
  const sectors = new Set([...organizations].filter((o) => graph?.hasNode(o)).map((o) => graph.getNodeAttribute(o, 'sector')).filter(Boolean));
  return { goals: goalIds, organizations, sectors };
}

/** The rows that pass the filters: `filters` holds kind, goal, sector, organization (part of a name) and shown. */
export function filterRows(rows, filters, nameOf) {
  const text = (filters.organization || '').trim().toLowerCase();
  return rows.filter((row) => {
    if (filters.kind && row.kind !== filters.kind) return false;
    if (filters.goal && !row.relations.goals.has(filters.goal)) return false;
    if (filters.sector && !row.relations.sectors.has(filters.sector)) return false;
    if (text && ![...row.relations.organizations].some((o) => nameOf(o).toLowerCase().includes(text) || o.toLowerCase() === text)) return false;
    if (filters.shown === 'new' && row.review) return false;
    if (filters.shown === 'reviewed' && !row.review) return false;
    return true;
  });
}

/** Rows sorted by a column's value (numbers as numbers, text in the reader's language), then by key, so order is stable. */
export function sortRows(rows, column, descending) {
  const sign = descending ? -1 : 1;
  const compare = (x, y) => {
    // Missing values go last whichever way the column is sorted.
    if (x == null || y == null) return (x == null) - (y == null);
    return sign * (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), undefined, { numeric: true }));
  };
  return [...rows].sort((a, b) => compare(column.sort(a), column.sort(b)) || String(a.key).localeCompare(String(b.key)));
}

const reviewText = (review) => (review ? `reviewed ${review.reviewedAt.slice(0, 10)}${review.reviewedBy ? ` by ${review.reviewedBy}` : ''}${review.note ? `: ${review.note}` : ''}` : '');

/**
 * Draws a findings table into `container` and keeps it up to date as filters, sort and page change.
 * `options`: name (the file name's stem), caption, rows ([{ key, kind, nodes, message, review, … }]), columns
 * ([{ id, label, html(row), text(row), sort(row) }]), kindLabel(kind), context ({ graph, goals, goalName, nameOf,
 * escapeHtml }), review (null, or { mark(key) → review, clear(key) } when this key may mark findings), sortBy, pageSize.
 */
export function findingsTable(target, options) {
  const { context, columns } = options;
  const pageSize = options.pageSize || defaultPageSize;
  // A fresh element each time, so drawing the table again does not add a second set of listeners.
  const container = document.createElement('div');
  container.className = 'findings-table-wrap';
  target.replaceChildren(container);
  const { escapeHtml, nameOf } = context;
  const rows = options.rows.map((row) => ({ ...row, relations: relationsOf(row.nodes, context) }));
  const state = { filters: { kind: '', goal: '', sector: '', organization: '', shown: '' }, sortBy: options.sortBy || columns[0].id, descending: false, page: 0 };
  const id = `ft-${options.name}`;
  const kinds = [...new Set(rows.map((r) => r.kind).filter(Boolean))];
  const goals = [...new Set(rows.flatMap((r) => [...r.relations.goals]))].sort((a, b) => context.goalName(a).localeCompare(context.goalName(b)));
  const sectors = [...new Set(rows.flatMap((r) => [...r.relations.sectors]))].sort();
  const organizations = [...new Set(rows.flatMap((r) => [...r.relations.organizations]))].map(nameOf).sort();
  const option = (value, label, selected) => `<option value="${escapeHtml(value)}"${selected ? ' selected' : ''}>${escapeHtml(label)}</option>`;
  const select = (name, label, values, labelOf) => (values.length > 1 ? `<label>${label}<select data-filter="${name}">
      ${option('', 'all')}${values.map((v) => option(v, labelOf(v))).join('')}</select></label>` : '');

  container.innerHTML = `<div class="findings-filters" role="group" aria-label="Filter ${escapeHtml(options.caption.toLowerCase())}">
      ${select('kind', 'Kind', kinds, options.kindLabel || ((k) => k))}
      ${select('goal', 'Goal', goals, context.goalName)}
      ${select('sector', 'Sector', sectors, options.sectorLabel || ((s) => s))}
      ${organizations.length > 1 ? `<label>Organization<input type="search" data-filter="organization" list="${id}-orgs" placeholder="any">
        <datalist id="${id}-orgs">${organizations.map((n) => option(n, n)).join('')}</datalist></label>` : ''}
      ${options.review !== undefined ? `<label>Show<select data-filter="shown">${option('', 'all')}${option('new', 'new (not reviewed)')}${option('reviewed', 'reviewed')}</select></label>` : ''}
    </div>
    <p class="findings-summary small" role="status" aria-live="polite"></p>
    <div class="table-scroll"><table class="findings-table" id="${id}">
      <caption class="sr-only">${escapeHtml(options.caption)}</caption>
      <thead><tr>${columns.map((c) => `<th scope="col" data-column="${c.id}"><button type="button" class="sort" data-column="${c.id}">${escapeHtml(c.label)}</button></th>`).join('')}
        ${options.review !== undefined ? '<th scope="col">Reviewed</th>' : ''}</tr></thead>
      <tbody></tbody></table></div>
    <p class="pager small"><button type="button" data-page="-1">‹ Previous</button> <span class="page-of"></span> <button type="button" data-page="1">Next ›</button>
      <button type="button" class="show-on-map">Show these on the map</button> <button type="button" class="save-shown">Save what is shown as CSV</button> <span class="save-note" role="status"></span></p>`;

  const shown = () => sortRows(filterRows(rows, state.filters, nameOf), columns.find((c) => c.id === state.sortBy), state.descending);

  function render() {
    const list = shown();
    const pages = Math.max(1, Math.ceil(list.length / pageSize));
    state.page = Math.min(state.page, pages - 1);
    const start = state.page * pageSize;
    const visible = list.slice(start, start + pageSize);
    const reviewed = rows.filter((r) => r.review).length;
    container.querySelector('.findings-summary').textContent = `${list.length === rows.length ? `${rows.length}` : `${list.length} of ${rows.length}`} ${options.caption.toLowerCase()}`
      + (options.review !== undefined ? `; ${rows.length - reviewed} new, ${reviewed} reviewed` : '') + '.';
    container.querySelector('tbody').innerHTML = visible.map((row) => `<tr data-key="${escapeHtml(row.key)}"${row.review ? ' class="reviewed"' : ''}>
      ${columns.map((c) => `<td>${c.html(row)}</td>`).join('')}
      ${options.review !== undefined ? `<td>${options.review ? `<input type="checkbox" class="review-box" aria-label="Reviewed: ${escapeHtml(columns[1] ? columns[1].text(row) : row.key)}"${row.review ? ' checked' : ''}>` : ''}
        <span class="small muted review-note">${escapeHtml(reviewText(row.review))}</span></td>` : ''}</tr>`).join('')
      || `<tr><td colspan="${columns.length + 1}" class="muted">Nothing matches these filters.</td></tr>`;
    // The page's delegated .show-on-map handler focuses these nodes (every row that passes the filters, not just this page).
    container.querySelector('.pager .show-on-map').dataset.nodes = [...new Set(list.flatMap((row) => row.nodes))].join(' ');
    container.querySelector('.page-of').textContent = list.length ? `${start + 1}–${start + visible.length} of ${list.length}` : '0 of 0';
    container.querySelector('[data-page="-1"]').disabled = state.page === 0;
    container.querySelector('[data-page="1"]').disabled = state.page >= pages - 1;
    for (const th of container.querySelectorAll('th[data-column]')) {
      th.setAttribute('aria-sort', th.dataset.column === state.sortBy ? (state.descending ? 'descending' : 'ascending') : 'none');
    }
  }

  container.addEventListener('input', (event) => {
    const name = event.target.dataset?.filter;
    if (!name) return;
    state.filters[name] = event.target.value;
    state.page = 0;
    render();
  });
  container.addEventListener('click', async (event) => {
    const sort = event.target.closest('button.sort');
    if (sort) {
      state.descending = state.sortBy === sort.dataset.column ? !state.descending : false;
      state.sortBy = sort.dataset.column;
      render();
      return;
    }
    const pager = event.target.closest('[data-page]');
    if (pager) {
      state.page += Number(pager.dataset.page);
      render();
      return;
    }
    if (event.target.closest('.save-shown')) {
      const list = shown();
      const header = [...columns.map((c) => c.label), 'Node ids', ...(options.review !== undefined ? ['Reviewed', 'Reviewed on', 'Reviewed by', 'Note', 'Finding key'] : [])];
      const lines = list.map((row) => [...columns.map((c) => c.text(row)), row.nodes.join('; '),
        ...(options.review !== undefined ? [row.review ? 'yes' : 'no', row.review?.reviewedAt?.slice(0, 10) ?? '', row.review?.reviewedBy ?? '', row.review?.note ?? '', row.key] : [])]);
      const name = `${options.name}-${new Date().toISOString().slice(0, 10)}.csv`;
      saveBlob(new Blob([csvText([header, ...lines])], { type: 'text/csv;charset=utf-8' }), name);
      container.querySelector('.save-note').textContent = `Saved ${list.length} rows as ${name}.`;
    }
  });
  container.addEventListener('change', async (event) => {
    const box = event.target.closest('.review-box');
    if (!box || !options.review) return;
    const row = rows.find((r) => r.key === box.closest('tr').dataset.key);
    box.disabled = true;
    const note = box.closest('td').querySelector('.review-note');
    try {
      row.review = box.checked ? await options.review.mark(row.key) : (await options.review.clear(row.key), null);
      render();
    } catch (e) {
      box.checked = !box.checked;
      box.disabled = false;
      note.textContent = e.message;
    }
  });
  render();
  return { render, rows, shown };
}
