// Compare mode (issue 15): what changed from an earlier date or snapshot to the map's date, through the API's
// compare(from, to) (analyses.md §6). The map keeps drawing the network of its date; newcomers are ringed and
// labelled, ties added since are drawn thick in the "added" colour, and the ties that ended (with the partners who
// left, when they are no longer on the map) come back as ghosts: thin, pale and unlabelled, so the change shows by
// width and emphasis as well as by colour. The change panel holds the comparison's sentences and figures.
import { gql } from '../lib/api.js';
import { jobFields, waitForJob } from './jobs.js';
import { asOf, writtenDate } from './time.js';

export const addedColor = '#e65100';
export const ghostColor = '#d3d6db';

const nodeFields = 'id name kind sector';
const tieFields = `from { ${nodeFields} } to { ${nodeFields} } type`;
const pageSize = 1000;

const query = `query Compare($from: CompareSide!, $to: CompareSide!, $first: Int, $added: String, $ended: String) {
  compare(from: $from, to: $to) {
    from { label date snapshot } to { label date } ${jobFields}
    organizations { before after joinedCount leftCount joined { ${nodeFields} } left { ${nodeFields} } }
    people { before after joinedCount leftCount joined { ${nodeFields} } left { ${nodeFields} } }
    tiesAdded { count crossSector byType { type count } ties(first: $first, after: $added) { totalCount pageInfo { hasNextPage endCursor } items { ${tieFields} } } }
    tiesEnded { count crossSector byType { type count } ties(first: $first, after: $ended) { totalCount pageInfo { hasNextPage endCursor } items { ${tieFields} } } }
    metrics { name description before after change }
    reinforcement { index { before after change } }
    backboneDependence { before after change }
    movers { degree { organization { id name } before after change } }
    sentences
  }
}`;

/**
 * The comparison from `from` ({ date } or { snapshot }) to the map's date, every added and ended tie read. On a large
 * network the API answers with a background job (docs/jobs.md): it is polled, `onJob(label, job)` hearing its progress,
 * and the comparison read again once it succeeded (from the API's cache).
 */
export async function loadComparison(from, { onJob } = {}) {
  const variables = { from, to: { date: asOf.date }, first: pageSize, added: null, ended: null };
  const ask = async () => {
    const { data, errors } = await gql(query, variables);
    if (!data?.compare) throw new Error(errors?.map((e) => e.message).join('; ') || 'compare was refused or empty');
    return data.compare;
  };
  let result = await ask();
  if (result.job && result.job.state !== 'SUCCEEDED') {
    await waitForJob(result.job, {
      request: async (q, v) => (await gql(q, v)).data,
      onProgress: (seen) => onJob?.('the comparison', seen),
    });
    result = await ask();
  }
  if (!result.tiesAdded) throw new Error('the comparison is not ready yet; try again in a moment');
  const added = [...result.tiesAdded.ties.items];
  const ended = [...result.tiesEnded.ties.items];
  let pages = { added: result.tiesAdded.ties.pageInfo, ended: result.tiesEnded.ties.pageInfo };
  // The first answer is cached by the API: the next pages are cache hits.
  while (pages.added.hasNextPage || pages.ended.hasNextPage) {
    const next = (await gql(query, {
      ...variables,
      first: pageSize,
      added: pages.added.hasNextPage ? pages.added.endCursor : null,
      ended: pages.ended.hasNextPage ? pages.ended.endCursor : null,
    })).data.compare;
    if (pages.added.hasNextPage) added.push(...next.tiesAdded.ties.items);
    if (pages.ended.hasNextPage) ended.push(...next.tiesEnded.ties.items);
    pages = {
      added: pages.added.hasNextPage ? next.tiesAdded.ties.pageInfo : { hasNextPage: false },
      ended: pages.ended.hasNextPage ? next.tiesEnded.ties.pageInfo : { hasNextPage: false },
    };
  }
  return { ...result, addedTies: added, endedTies: ended };
}

const pairKey = (a, b) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/**
 * Marks the comparison on the graph: state.compare holds the newcomers, the edges added and the ghosts (nodes and
 * edges put on the graph for what ended; `leaveComparison` takes them off again).
 */
export function applyComparison(state, comparison) {
  leaveComparison(state);
  const { graph } = state;
  const joined = new Set([...comparison.organizations.joined, ...comparison.people.joined].map((n) => n.id).filter((id) => graph.hasNode(id)));
  const addedPairs = new Set(comparison.addedTies.map((t) => pairKey(t.from.id, t.to.id)));
  const addedEdges = new Set();
  graph.forEachEdge((edge, attrs, source, target) => { if (addedPairs.has(pairKey(source, target))) addedEdges.add(edge); });
  const ghostNodes = [];
  const ghostEdges = [];
  const place = (node, near) => {
    if (graph.hasNode(node.id)) return;
    const anchor = near && graph.hasNode(near) ? graph.getNodeAttributes(near) : { x: 0, y: 0 };
    graph.addNode(node.id, {
      label: node.name, kind: node.kind, ghost: true, size: 3,
      x: anchor.x + (Math.random() - 0.5) * 20, y: anchor.y + (Math.random() - 0.5) * 20,
    });
    ghostNodes.push(node.id);
  };
  for (const tie of comparison.endedTies) {
    place(tie.from, tie.to.id);
    place(tie.to, tie.from.id);
    if (tie.from.id === tie.to.id || graph.hasEdge(tie.from.id, tie.to.id)) continue;
    ghostEdges.push(graph.addUndirectedEdge(tie.from.id, tie.to.id, { relations: [`ENDED ${tie.type}`], weight: 1, ghost: true }));
  }
  state.compare = { result: comparison, joined, addedEdges, ghostNodes, ghostEdges };
  return state.compare;
}

/** Takes the ghosts off the graph and ends compare mode. */
export function leaveComparison(state) {
  if (!state.compare) return;
  for (const edge of state.compare.ghostEdges) if (state.graph.hasEdge(edge)) state.graph.dropEdge(edge);
  for (const node of state.compare.ghostNodes) if (state.graph.hasNode(node)) state.graph.dropNode(node);
  state.compare = null;
}

const percent = (value) => (value == null ? '–' : `${Math.round(value * 100)}%`);
const number = (value) => {
  if (value == null) return '–';
  return Number.isInteger(value) ? value.toLocaleString('en') : value.toLocaleString('en', { maximumFractionDigits: 3 });
};
const signed = (value) => (value == null ? '–' : `${value > 0 ? '+' : value < 0 ? '−' : ''}${number(Math.abs(value))}`);

/** The change panel: the sentences, then the figures (who joined and left, ties by type, the metrics table, movers). */
export function renderChange(comparison, escapeHtml) {
  if (!comparison) {
    return `<p class="muted">Compare the map's date with an earlier date or a snapshot (<b>Compare…</b> above the map)
      to see who joined and left, the ties added and ended, and how the network's figures moved.</p>`;
  }
  const c = comparison;
  const from = c.from.snapshot ? `the snapshot “${escapeHtml(c.from.label)}” (as of ${writtenDate(c.from.date)})` : writtenDate(c.from.date);
  const types = (list) => list.map((t) => `${escapeHtml(t.type.replaceAll('_', ' ').toLowerCase())} ${t.count}`).join(', ') || 'none';
  const rows = c.metrics.map((m) => `<tr><th scope="row" title="${escapeHtml(m.description)}">${escapeHtml(m.name)}</th>
    <td>${number(m.before)}</td><td>${number(m.after)}</td><td>${signed(m.change)}</td></tr>`).join('');
  const movers = c.movers.degree.map((m) => `<li>${escapeHtml(m.organization.name)}: ${m.before} → ${m.after} partners (${signed(m.change)})</li>`).join('');
  return `
    <p class="muted">From ${from} to ${writtenDate(c.to.date)}, the map's date.
      <button type="button" id="leave-compare">Leave compare mode</button></p>
    <ul class="sentences">${c.sentences.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ul>
    <h3>Who joined and left</h3>
    <dl class="facts">
      <dt>Organizations</dt><dd>${c.organizations.joinedCount} joined, ${c.organizations.leftCount} left (${c.organizations.before} → ${c.organizations.after})</dd>
      <dt>People</dt><dd>${c.people.joinedCount} joined, ${c.people.leftCount} left (${c.people.before} → ${c.people.after})</dd>
    </dl>
    <h3>Ties</h3>
    <dl class="facts">
      <dt><span class="swatch line" style="background:${addedColor}"></span> Added</dt><dd>${c.tiesAdded.count} (${c.tiesAdded.crossSector} cross-sector): ${types(c.tiesAdded.byType)}</dd>
      <dt><span class="swatch line" style="background:${ghostColor}"></span> Ended</dt><dd>${c.tiesEnded.count} (${c.tiesEnded.crossSector} cross-sector): ${types(c.tiesEnded.byType)}</dd>
    </dl>
    <h3>Backbone dependence</h3>
    <p>${percent(c.backboneDependence.after)} of connected partner pairs depend on the backbone to reach each other
      (${percent(c.backboneDependence.before)} before). Lower is better: partners reach each other directly.</p>
    <h3>The partner network (organizations)</h3>
    <table class="change-table"><thead><tr><th scope="col">Figure</th><th scope="col">Before</th><th scope="col">After</th><th scope="col">Change</th></tr></thead>
      <tbody><tr><th scope="row">reinforcement index</th><td>${number(c.reinforcement.index.before)}</td><td>${number(c.reinforcement.index.after)}</td><td>${signed(c.reinforcement.index.change)}</td></tr>${rows}</tbody></table>
    ${movers ? `<h3>Biggest movers (partners)</h3><ul>${movers}</ul>` : ''}`;
}
