// The map as tables (issue 17, item 6; docs/web.md, "Table view"): every node and every tie the map draws, as two
// tables that stand in for the drawing — for a screen reader, a keyboard, or anyone who wants to sort by a number.
// Filter, sort, page and CSV come from the findings tables; a name opens the node's details as a click on the map does.
import { findingsTable } from './findings-table.js';
import { rounded } from './meanings.js';
import { kindLabels, titleCase } from './style.js';

const $ = (id) => document.getElementById(id);

/** A node's row: name, kind, sector, community, connections and the score the map sizes nodes by. */
function nodeRows(state) {
  const { graph, analyses } = state;
  const measure = state.sizeBy;
  return graph.mapNodes((id, a) => ({
    key: id,
    kind: a.kind,
    nodes: [id],
    name: a.label,
    sector: a.kind === 'ORGANIZATION' ? a.sector : null,
    community: analyses?.communities?.get(id),
    degree: graph.degree(id),
    score: measure && measure !== 'degree' ? analyses?.centrality?.get(id)?.[measure] : null,
  }));
}

/** A tie's row: the two ends, what joins them (every relation the map collapsed into the edge) and its weight. */
function tieRows(state) {
  const { graph } = state;
  return graph.mapEdges((edge, a, source, target) => ({
    key: edge,
    kind: a.relations[0],
    nodes: [source, target],
    joins: a.relations,
    weight: a.weight,
  }));
}

export function setupTableView(state, { escapeHtml, measureLabel }) {
  const button = $('view-table');
  const view = $('table-view');
  const nameOf = (id) => (state.graph.hasNode(id) ? state.graph.getNodeAttribute(id, 'label') : id);
  const nodeLink = (id) => `<a href="#" class="node-link" data-node="${escapeHtml(id)}">${escapeHtml(nameOf(id))}</a>`;
  const context = () => ({ graph: state.graph, goals: state.goals, escapeHtml, nameOf, goalName: nameOf });
  let shown = 'nodes';

  function render() {
    const body = $('table-view-body');
    const communityName = (index) => (index == null ? '' : state.analyses?.communityNames?.[index] || `Community ${index + 1}`);
    if (shown === 'nodes') {
      const measure = state.sizeBy && state.sizeBy !== 'degree' ? state.sizeBy : null;
      findingsTable(body, {
        name: 'nodes', caption: 'Nodes', pageSize: 50, kindLabel: (k) => kindLabels[k] || titleCase(k), sectorLabel: titleCase, sortBy: 'name',
        rows: nodeRows(state),
        columns: [
          { id: 'name', label: 'Name', html: (r) => nodeLink(r.key), text: (r) => r.name, sort: (r) => r.name },
          { id: 'kind', label: 'Kind', html: (r) => escapeHtml(kindLabels[r.kind] || titleCase(r.kind)), text: (r) => kindLabels[r.kind] || r.kind, sort: (r) => r.kind },
          { id: 'sector', label: 'Sector', html: (r) => escapeHtml(r.sector ? titleCase(r.sector) : ''), text: (r) => (r.sector ? titleCase(r.sector) : ''), sort: (r) => r.sector },
          { id: 'community', label: 'Community', html: (r) => escapeHtml(communityName(r.community)), text: (r) => communityName(r.community), sort: (r) => r.community },
          { id: 'degree', label: 'Connections', html: (r) => String(r.degree), text: (r) => r.degree, sort: (r) => r.degree },
          ...(measure ? [{ id: 'score', label: measureLabel(measure), html: (r) => (r.score == null ? '' : rounded(r.score)), text: (r) => r.score ?? '', sort: (r) => r.score }] : []),
        ],
        context: context(),
      });
    } else {
      findingsTable(body, {
        name: 'ties', caption: 'Ties', pageSize: 50, kindLabel: titleCase, sectorLabel: titleCase, sortBy: 'from',
        rows: tieRows(state),
        columns: [
          { id: 'from', label: 'From', html: (r) => nodeLink(r.nodes[0]), text: (r) => nameOf(r.nodes[0]), sort: (r) => nameOf(r.nodes[0]) },
          { id: 'to', label: 'To', html: (r) => nodeLink(r.nodes[1]), text: (r) => nameOf(r.nodes[1]), sort: (r) => nameOf(r.nodes[1]) },
          { id: 'relation', label: 'How they are joined', html: (r) => escapeHtml(r.joins.map(titleCase).join(', ')), text: (r) => r.joins.map(titleCase).join('; '), sort: (r) => r.kind },
          { id: 'weight', label: 'Links', html: (r) => String(r.weight), text: (r) => r.weight, sort: (r) => r.weight },
        ],
        context: context(),
      });
    }
    for (const tab of view.querySelectorAll('[data-table]')) tab.setAttribute('aria-pressed', String(tab.dataset.table === shown));
  }

  view.querySelector('.table-switch').addEventListener('click', (event) => {
    const tab = event.target.closest('[data-table]');
    if (!tab) return;
    shown = tab.dataset.table;
    render();
  });

  function toggle(open) {
    if (open && state.overview?.isOpen()) state.overview.show(false);
    view.hidden = !open;
    // Hidden but still laid out: sigma needs its container's size to draw (a name clicked in the tables selects on it).
    $('map').style.visibility = open ? 'hidden' : '';
    $('map').inert = open;
    button.setAttribute('aria-pressed', String(open));
    button.textContent = open ? 'Show the map' : 'Show as tables';
    if (open) {
      render();
      view.querySelector('h2').focus();
    } else {
      state.renderer?.refresh();
    }
  }
  button.addEventListener('click', () => toggle(view.hidden));

  return {
    refresh: () => { if (!view.hidden) render(); },
    /** Which table is open ('nodes' or 'ties'), or '' when the map shows. */
    current: () => (view.hidden ? '' : shown),
    /** Opens this table ('nodes' or 'ties') in place of the map, or the map again for ''. */
    open: (table) => {
      if (table) shown = table;
      toggle(Boolean(table));
    },
  };
}
