// The right-hand panel: a node's details and findings, and the evaluators' dashboards (gaps, overlaps,
// reinforcement per goal, indicator progress).
import { gql } from '../lib/api.js';
import { args } from './time.js';
import { progressChart } from './chart.js';
import { findingsButtons } from './download.js';
import { findingsTable } from './findings-table.js';
import { reviewActions } from './analyses.js';
import { comparison, directionText, meaningOf, rounded, typical } from './meanings.js';
import { kindColors, kindLabels, kindPlurals, titleCase } from './style.js';

const $ = (id) => document.getElementById(id);

export function createPanels(state, { focusNode, fitCamera, escapeHtml }) {
  // Marks go through the API and into state.analyses.reviews, which the tables read.
  state.reviewActions = {
    mark: (key) => reviewActions(state.analyses).mark(key),
    clear: (key) => reviewActions(state.analyses).clear(key),
  };
  const name = (id) => escapeHtml(state.graph?.hasNode(id) ? state.graph.getNodeAttribute(id, 'label') : id);
  const nodeLink = (id) => `<a href="#" class="node-link" data-node="${escapeHtml(id)}">${name(id)}</a>`;
  let measurements = null;

  document.addEventListener('click', (event) => {
    const show = event.target.closest('.show-on-map');
    if (show) {
      const ids = show.dataset.nodes.split(' ').filter((id) => state.graph?.hasNode(id));
      if (ids.length === 0) return;
      state.focus = { center: ids[0], depth: 0, nodes: new Set(ids) };
      fitCamera(ids);
      state.renderer.refresh();
      return;
    }
    const link = event.target.closest('.node-link');
    if (!link) return;
    event.preventDefault();
    if (state.graph?.hasNode(link.dataset.node)) focusNode(link.dataset.node, 1);
  });

  for (const tab of document.querySelectorAll('.tabs [data-tab]')) {
    tab.addEventListener('click', () => showTab(tab.dataset.tab));
  }

  function showTab(name) {
    for (const tab of document.querySelectorAll('.tabs [data-tab]')) tab.classList.toggle('active', tab.dataset.tab === name);
    for (const body of document.querySelectorAll('[data-tab-body]')) body.hidden = body.dataset.tabBody !== name;
    if (name === 'indicators') renderIndicators();
  }

  function unavailable(what) {
    return `<p class="muted">${what} are not available from this API (the field is missing or this key may not read it).</p>`;
  }

  // ---- one node ----------------------------------------------------------------------------------

  // Per measure, every node's score of the same kind, for what is typical (computed once per measure and kind).
  const typicalCache = new Map();
  function typicalOf(measure, value, kind = null) {
    const key = `${measure}|${kind}`;
    // Read again after an edit: the analyses are a new object then.
    if (typicalCache.source !== state.analyses) {
      typicalCache.clear();
      typicalCache.source = state.analyses;
    }
    if (!typicalCache.has(key)) {
      const values = [];
      for (const [id, s] of state.analyses?.centrality || []) {
        // Scores of nodes this key does not see (another partner's people) have no kind here: left out.
        if (s[measure] != null && (!kind || (state.graph?.hasNode(id) && state.graph.getNodeAttribute(id, 'kind') === kind))) values.push(s[measure]);
      }
      typicalCache.set(key, values);
    }
    return typical(typicalCache.get(key), value);
  }

  function facts(id) {
    const { network } = state;
    const rows = [];
    const row = (label, html) => html !== '' && html != null && rows.push(`<dt>${label}</dt><dd>${html}</dd>`);
    const kind = state.graph.getNodeAttribute(id, 'kind');
    if (kind === 'ORGANIZATION') {
      const org = network.organizations.find((o) => o.id === id);
      row('Sector', titleCase(org.sector || 'unknown'));
      if (org.communityLed) row('Community-led', 'yes');
      if (org.id === network.initiative?.backbone?.id) row('Role', 'the backbone organization');
      row('Goals', org.goals.ids.map(nodeLink).join(', ') || 'none');
      const leads = network.activities.filter((a) => a.lead.id === id);
      const partners = network.activities.filter((a) => a.partners.ids.includes(id));
      row('Leads', leads.map((a) => nodeLink(a.id)).join(', ') || 'nothing');
      row('Partners on', partners.map((a) => nodeLink(a.id)).join(', ') || 'nothing');
      const people = network.people.filter((p) => p.organization?.id === id).length;
      if (!network.hidden.includes('people')) row('People', String(people));
    } else if (kind === 'PERSON') {
      const person = network.people.find((p) => p.id === id);
      row('Role', escapeHtml(person.role || ''));
      row('Organization', person.organization ? nodeLink(person.organization.id) : 'none');
      if (person.communityMember) row('Community member', 'yes');
    } else if (kind === 'ACTIVITY') {
      const a = network.activities.find((x) => x.id === id);
      row('Status', titleCase(a.status || 'unknown'));
      row('Lead', nodeLink(a.lead.id));
      row('Partners', a.partners.ids.map(nodeLink).join(', ') || 'none');
      row('Moves', a.indicators.ids.map(nodeLink).join(', ') || 'no indicator (off the common agenda)');
      row('Serves', escapeHtml(a.populations.join(', ')));
      row('Places', escapeHtml(a.places.join(', ')));
    } else if (kind === 'INDICATOR') {
      const i = network.indicators.find((x) => x.id === id);
      row('Measures', nodeLink(i.goal.id));
      row('Better when', i.direction === 'DECREASE' ? 'lower' : 'higher');
      const p = i.progress;
      if (p) {
        row('Baseline → latest → target', `${p.baseline ?? '–'} → ${p.latest ? `${p.latest.value} (${p.latest.date})` : '–'} → ${p.target ?? '–'} ${escapeHtml(i.unit || '')}`);
        if (p.fraction != null) row('Of the way', `${Math.round(p.fraction * 100)} %`);
      }
    } else if (kind === 'GOAL') {
      const g = network.goals.find((x) => x.id === id);
      row('Statement', escapeHtml(g.description || ''));
      row('Indicators', network.indicators.filter((i) => i.goal.id === id).map((i) => nodeLink(i.id)).join(', ') || 'none: not measured');
      row('Committed', String(network.organizations.filter((o) => o.goals.ids.includes(id)).length) + ' organizations');
    }
    return `<dl class="facts">${rows.join('')}</dl>`;
  }

  function findingsFor(id) {
    const a = state.analyses;
    const items = [];
    for (const gap of a?.gaps || []) {
      if (gap.nodes.includes(id)) items.push(`<li><span class="tag gap">${titleCase(gap.kind)}</span> ${escapeHtml(gap.message)}</li>`);
    }
    for (const pair of a?.overlaps || []) {
      if (pair.a === id || pair.b === id) {
        const other = pair.a === id ? pair.b : pair.a;
        items.push(`<li><span class="tag ${pair.status === 'UNCOORDINATED' ? 'gap' : 'ok'}">${titleCase(pair.status)} overlap</span> with ${nodeLink(other)}${pair.message ? `: ${escapeHtml(pair.message)}` : ''}</li>`);
      }
    }
    for (const rec of a?.brokerage || []) {
      if (rec.a === id || rec.b === id) {
        const other = rec.a === id ? rec.b : rec.a;
        items.push(`<li><span class="tag broker">Introduction #${rec.rank}${tiedRank(rec) ? ' (tied)' : ''}</span> to ${nodeLink(other)}: ${escapeHtml(rec.message)}</li>`);
      }
    }
    if (a?.articulation?.has(id)) items.push('<li><span class="tag gap">Articulation point</span> if it left, the network would split.</li>');
    if (a?.communities?.has(id)) {
      const c = a.communities.get(id);
      items.push(`<li>In the community “${escapeHtml(a.communityNames?.[c] || `Community ${c + 1}`)}”.</li>`);
    }
    const scores = a?.centrality?.get(id);
    if (scores) {
      const list = a.centralityMeasures.filter(([m]) => scores[m] != null)
        .map(([m]) => {
          const meaning = meaningOf(m);
          const kind = state.graph?.hasNode(id) ? state.graph.getNodeAttribute(id, 'kind') : null;
          const usual = typicalOf(m, scores[m], kind);
          const among = kind ? ` among ${(kindPlurals[kind] || 'nodes').toLowerCase()}` : '';
          const typicalText = usual ? ` Typical${among} here: median ${rounded(usual.median)}, top tenth from ${rounded(usual.high)}; this one is ${usual.where}.` : '';
          return `<abbr title="${escapeHtml(`${meaning.meaning} ${directionText(meaning)}.${typicalText}`)}">${escapeHtml(meaning.label)}</abbr> ${rounded(scores[m])}${usual ? ` <span class="muted">(${escapeHtml(usual.where)})</span>` : ''}`;
        }).join(' · ');
      if (list) items.push(`<li class="small">${list}</li>`);
    }
    return items.length ? `<ul class="findings">${items.join('')}</ul>` : '<p class="muted">No findings about this node.</p>';
  }

  function showDetails(id) {
    const body = $('tab-details');
    if (!id || !state.graph?.hasNode(id)) {
      body.innerHTML = '<p class="muted">Click a node, or find one by name, to see its details and what the analyses say about it.</p>';
      return;
    }
    const attrs = state.graph.getNodeAttributes(id);
    const neighbours = state.graph.neighbors(id);
    const byKind = {};
    for (const n of neighbours) (byKind[state.graph.getNodeAttribute(n, 'kind')] ||= []).push(n);
    const neighbourHtml = Object.entries(byKind).map(([kind, ids]) => `<details><summary>${kindPlurals[kind]} (${ids.length})</summary>${ids.slice(0, 60).map(nodeLink).join(', ')}${ids.length > 60 ? ' …' : ''}</details>`).join('');
    body.innerHTML = `
      <h3 id="details-title"><span class="swatch dot" style="background:${kindColors[attrs.kind]}"></span>${escapeHtml(attrs.label)}</h3>
      <p class="muted small">${kindLabels[attrs.kind]} · <code>${escapeHtml(id)}</code> · ${neighbours.length} links</p>
      ${facts(id)}
      ${state.detailActions?.(id, attrs.kind) || ''}
      <h4>Findings</h4>${findingsFor(id)}
      <h4>Connected to</h4>${neighbourHtml || '<p class="muted">nothing</p>'}
      <h4>Shortest path</h4>
      <form id="path-form" class="inline"><input id="path-to" list="search-options" placeholder="to another node…"><button>Show</button></form>
      <div id="path-result"></div>`;
    if (attrs.kind === 'INDICATOR') {
      const indicator = state.network.indicators.find((x) => x.id === id);
      const holder = document.createElement('div');
      body.querySelector('.facts').after(holder);
      loadMeasurements().then((all) => holder.append(progressChart({ ...indicator, measurements: all.get(id) || [] })));
    }
    $('path-form').addEventListener('submit', (e) => { e.preventDefault(); showPath(id, $('path-to').value); });
    showTab('details');
  }

  async function showPath(from, text) {
    const out = $('path-result');
    const target = [...state.graph.nodes()].find((n) => n === text || state.graph.getNodeAttribute(n, 'label') === text || text.endsWith(`(${n})`));
    if (!target) { out.innerHTML = `<p class="muted">No node is called “${escapeHtml(text)}”.</p>`; return; }
    try {
      const { data, errors } = await gql(`query Path($from: ID!, $to: ID!) { shortestPath${args('from: $from, to: $to')} { length nodes { id } } }`, { from, to: target });
      if (!data) throw new Error(errors.map((e) => e.message).join('; '));
      const path = data.shortestPath;
      if (!path) { out.innerHTML = '<p>No path joins them.</p>'; return; }
      const ids = path.nodes.map((n) => n.id);
      out.innerHTML = `<p>${path.length} steps: ${ids.map(nodeLink).join(' → ')}</p>`;
      state.focus = { center: from, depth: 0, nodes: new Set(ids) };
      fitCamera(ids);
      state.renderer.refresh();
    } catch (e) {
      out.innerHTML = `<p class="error">${escapeHtml(e.message)}</p>`;
    }
  }

  // ---- dashboards --------------------------------------------------------------------------------

  // ---- findings tables (filter, sort, page, reviewed marks, CSV of what is shown) -------------------

  const names = (ids) => ids.map((id) => (state.graph?.hasNode(id) ? state.graph.getNodeAttribute(id, 'label') : id));
  const tableContext = () => ({
    graph: state.graph,
    goals: state.goals,
    escapeHtml,
    nameOf: (id) => names([id])[0],
    goalName: (id) => names([id])[0],
  });
  const aboutColumn = (label = 'About', separator = ', ') => ({
    id: 'about', label, html: (r) => r.nodes.map(nodeLink).join(separator), text: (r) => names(r.nodes).join('; '), sort: (r) => names(r.nodes)[0],
  });
  const messageColumn = { id: 'message', label: 'What to do', html: (r) => `<span class="small">${escapeHtml(r.message)}</span>`, text: (r) => r.message, sort: (r) => r.message };

  /** The findings table for one tab, drawn into the element with this id once the tab's HTML is in place. */
  function table(id, options) {
    const element = $(id);
    if (!element) return;
    const reviews = state.analyses?.reviews;
    findingsTable(element, { ...options, context: tableContext(), review: reviews ? state.reviewActions : undefined,
      rows: options.rows.map((row) => ({ ...row, review: reviews?.get(row.key) ?? null })) });
  }

  function renderGaps() {
    const gaps = state.analyses?.gaps;
    if (!gaps) return unavailable('Gap findings');
    if (!gaps.length) return '<p>No gaps found: every condition checked is met.</p>';
    const byKind = new Map();
    for (const g of gaps) (byKind.get(g.kind) || byKind.set(g.kind, []).get(g.kind)).push(g);
    return findingsButtons('gaps') + `<p class="small muted">${gaps.length} findings in ${byKind.size} kinds. Click a name to find it on the map; <strong>Wider</strong> makes room for the table.</p>
      <ul class="kind-summary small">${[...byKind].map(([kind, list]) => `<li>${titleCase(kind)} <span class="count">${list.length}</span>
        <button type="button" class="show-on-map link-button" data-nodes="${escapeHtml(list.flatMap((g) => g.nodes).join(' '))}">show on map</button></li>`).join('')}</ul>
      <div id="gaps-table"></div>`;
  }

  function gapsTable() {
    const gaps = state.analyses?.gaps;
    if (!gaps?.length) return;
    table('gaps-table', {
      name: 'gaps', caption: 'Gap findings', kindLabel: titleCase, sectorLabel: titleCase,
      rows: gaps.map((g) => ({ key: g.key, kind: g.kind, nodes: g.nodes, message: g.message })),
      columns: [{ id: 'kind', label: 'Kind', html: (r) => escapeHtml(titleCase(r.kind)), text: (r) => titleCase(r.kind), sort: (r) => r.kind }, aboutColumn(), messageColumn],
    });
  }

  function renderOverlaps() {
    const pairs = state.analyses?.overlaps;
    if (!pairs) return unavailable('Overlap pairs');
    if (!pairs.length) return '<p>No overlapping activities.</p>';
    return findingsButtons('overlaps') + `<p class="small muted">Activities of different leads that move the same indicators for the same people and places. Uncoordinated pairs are a duplication risk.</p>
      <div id="overlaps-table"></div>`;
  }

  function overlapsTable() {
    const pairs = state.analyses?.overlaps;
    if (!pairs?.length) return;
    table('overlaps-table', {
      name: 'overlaps', caption: 'Overlapping activity pairs', kindLabel: titleCase, sectorLabel: titleCase, sortBy: 'status',
      rows: pairs.map((p) => ({ key: p.key, kind: p.status, nodes: [p.a, p.b], message: p.message, similarity: p.similarity })),
      columns: [
        { id: 'status', label: 'Status', html: (r) => `<span class="tag ${r.kind === 'UNCOORDINATED' ? 'gap' : 'ok'}">${titleCase(r.kind)}</span>`, text: (r) => titleCase(r.kind), sort: (r) => (r.kind === 'UNCOORDINATED' ? 0 : 1) - (r.similarity ?? 0) / 10 },
        aboutColumn('Activities', ' / '),
        { id: 'similarity', label: 'Similarity', html: (r) => (r.similarity == null ? '' : rounded(r.similarity)), text: (r) => r.similarity ?? '', sort: (r) => r.similarity },
        messageColumn,
      ],
    });
  }

  function bar(index) {
    if (index == null) return '<span class="muted small">no pairs</span>';
    const pct = Math.round(index * 100);
    return `<span class="bar"><span style="width:${pct}%"></span></span> <strong>${pct} %</strong>`;
  }

  function renderReinforcement() {
    const r = state.analyses?.reinforcement;
    if (!r) return unavailable('Reinforcement indexes');
    return findingsButtons('reinforcement') + `<p class="small muted">Share of activity pairs (different leads, same goal) joined by a FEEDS_INTO tie or by their leads working together.</p>
      <p>Whole initiative: ${bar(r.overall)} <span class="small muted">${r.reinforced} of ${r.pairs} pairs</span></p>
      ${r.goals.map((g) => `<div class="goal-row"><h4>${nodeLink(g.goal)}</h4>${bar(g.index)}
        <span class="small muted">${g.reinforced ?? '?'} of ${g.pairs ?? '?'} pairs</span>
        ${g.unreinforcedTotal ? `<span class="small muted">· ${g.unreinforcedTotal} unreinforced</span>` : ''}
        ${g.pipelines?.length ? `<details><summary>${g.pipelines.length} pipelines</summary><ul>${g.pipelines.map((chain) => `<li>${chain.map(nodeLink).join(' → ')}</li>`).join('')}</ul></details>` : ''}
      </div>`).join('')}
      ${r.goals.some((g) => g.unreinforced?.length) ? `<h4>Unreinforced pairs</h4><p class="small muted">Activity pairs serving the same goal that neither feed into each other nor have leads who work together.${r.goals.some((g) => g.unreinforcedTotal > g.unreinforced.length) ? ' The first 100 of each goal are listed; the Excel and CSV files hold all.' : ''}</p><div id="reinforcement-table"></div>` : ''}`;
  }

  function reinforcementTable() {
    const goals = state.analyses?.reinforcement?.goals || [];
    const rows = goals.flatMap((g) => (g.unreinforced || []).map((u) => ({ key: u.key, kind: g.goal, nodes: u.ids, message: u.message })));
    if (!rows.length) return;
    table('reinforcement-table', {
      name: 'unreinforced-pairs', caption: 'Unreinforced pairs', kindLabel: (goal) => names([goal])[0], sectorLabel: titleCase,
      rows,
      columns: [
        { id: 'goal', label: 'Goal', html: (r) => nodeLink(r.kind), text: (r) => names([r.kind])[0], sort: (r) => names([r.kind])[0] },
        aboutColumn('Activities', ' / '), messageColumn,
      ],
    });
  }

  async function loadMeasurements() {
    if (measurements) return measurements;
    measurements = (async () => {
      const all = new Map();
      let after = null;
      for (;;) {
        const { data } = await gql(`query Measurements($after: String) { indicators(first: 100, after: $after) {
          pageInfo { hasNextPage endCursor } items { id measurements(first: 100) { items { date value } } } } }`, { after });
        if (!data?.indicators) break;
        for (const i of data.indicators.items) all.set(i.id, i.measurements?.items || []);
        if (!data.indicators.pageInfo.hasNextPage) break;
        after = data.indicators.pageInfo.endCursor;
      }
      return all;
    })();
    return measurements;
  }

  async function renderIndicators() {
    const body = $('tab-indicators');
    if (body.dataset.rendered) return;
    body.dataset.rendered = 'true';
    body.innerHTML = '<p class="muted">Loading measurements…</p>';
    const all = await loadMeasurements();
    const { network } = state;
    const extra = state.analyses?.indicatorStatus || new Map();
    body.innerHTML = '<p class="small muted">Baseline (open circle) → measurements (line) → target (filled circle). The dashed line is the straight pace from baseline to target: below it (for “higher is better”) is behind.</p>';
    for (const goal of network.goals) {
      const indicators = network.indicators.filter((i) => i.goal.id === goal.id);
      const section = document.createElement('div');
      section.innerHTML = `<h4>${nodeLink(goal.id)}</h4>${indicators.length ? '' : '<p class="muted small">No indicator measures this goal.</p>'}`;
      for (const indicator of indicators) {
        const card = document.createElement('div');
        card.className = 'indicator-card';
        const p = indicator.progress;
        const status = extra.get(indicator.id);
        card.innerHTML = `<div class="indicator-head">${nodeLink(indicator.id)}
          ${status ? `<span class="tag ${status.onTrack === false ? 'gap' : 'ok'}">${escapeHtml(status.label)}</span>` : ''}
          <span class="small muted">${fractionText(status?.fraction ?? p?.fraction)} ${indicator.unit ? `(${escapeHtml(indicator.unit)}, ${indicator.direction === 'DECREASE' ? 'lower' : 'higher'} is better)` : ''}</span></div>`;
        card.append(progressChart({ ...indicator, measurements: all.get(indicator.id) || [] }));
        section.append(card);
      }
      body.append(section);
    }
  }

  function fractionText(fraction) {
    return fraction == null ? '' : `${Math.round(fraction * 100)} % of the way`;
  }

  function change(metric, digits = 2) {
    const f = (v) => (v == null ? '–' : String(Number(Number(v).toFixed(digits))));
    const delta = metric.change == null ? '' : ` (${metric.change > 0 ? '+' : ''}${f(metric.change)})`;
    return `${f(metric.before)} → <strong>${f(metric.after)}</strong>${delta}`;
  }

  function renderIntroductions() {
    const recs = state.analyses?.brokerage;
    if (!recs?.length && !state.analyses?.available.includes('brokerage')) return unavailable('Brokerage recommendations');
    const w = state.analyses.whatIf;
    const whatIf = w ? `<div class="whatif"><h4>If the top ${w.top} introductions were made</h4><dl class="facts">
        <dt>Components</dt><dd>${change(w.components, 0)}</dd>
        <dt>Average path</dt><dd>${change(w.averageShortestPath)}</dd>
        <dt>Reinforcement</dt><dd>${change(w.reinforcementIndex)}</dd></dl></div>` : '';
    return findingsButtons('brokerage') + `<p class="small muted">Organizations that share goals but are not joined, ranked by how much they share and how far apart they are. Turn on the overlay to see them as dashed lines.</p>
      ${whatIf}
      <p class="small muted">Ranked by score; introductions with equal scores share a rank (#1, #1, #3).</p>
      <div id="introductions-table"></div>`;
  }

  function introductionsTable() {
    const recs = state.analyses?.brokerage;
    if (!recs?.length) return;
    table('introductions-table', {
      name: 'introductions', caption: 'Introductions', sectorLabel: titleCase, sortBy: 'rank',
      rows: recs.map((r) => ({ key: r.key, kind: r.backboneTiedToBoth ? 'BACKBONE' : 'OTHER', nodes: [r.a, r.b], message: r.message, rank: r.rank, score: r.score, distance: r.distance })),
      kindLabel: (k) => (k === 'BACKBONE' ? 'the backbone knows both' : 'someone else must introduce them'),
      columns: [
        { id: 'rank', label: 'Rank', html: (r) => `#${r.rank}${tiedRank(r) ? ' <span class="small muted">(tied)</span>' : ''}`, text: (r) => r.rank, sort: (r) => r.rank },
        aboutColumn('Organizations', ' ↔ '),
        { id: 'distance', label: 'Steps apart', html: (r) => (r.distance == null ? 'not joined' : String(r.distance)), text: (r) => r.distance ?? 'not joined', sort: (r) => r.distance ?? Infinity },
        { id: 'backbone', label: 'Backbone knows both', html: (r) => (r.kind === 'BACKBONE' ? '<span class="tag ok">yes</span>' : 'no'), text: (r) => (r.kind === 'BACKBONE' ? 'yes' : 'no'), sort: (r) => r.kind },
        { ...messageColumn, label: 'Why' },
      ],
    });
  }

  /** True when another introduction shares this one's rank (equal scores). */
  function tiedRank(rec) {
    return (state.analyses?.brokerage || []).filter((r) => r.rank === rec.rank).length > 1;
  }

  function renderEquity() {
    const e = state.analyses?.equity;
    if (!e) return unavailable('Equity lens results');
    const rows = e.measures.map((m) => {
      const meaning = meaningOf(m.measure);
      const verdict = comparison(meaning, m.communityLed.mean, m.others.mean);
      return `<tr><th scope="row">${escapeHtml(meaning.label)}<span class="measure-help">${escapeHtml(meaning.meaning)} ${escapeHtml(directionText(meaning))}.</span></th>
        <td>${rounded(m.communityLed.mean)}</td><td>${rounded(m.others.mean)}</td>
        <td>${verdict ? `<span class="tag ${verdict === 'worse placed' ? 'gap' : 'ok'}">${verdict}</span>` : ''}</td></tr>`;
    }).join('');
    return `<p class="small muted">Are community-led groups at the edge of the network? Their average position beside the other organizations', on measures where higher or lower is better.</p>
      <h4>Community-led groups at the edge <span class="count">${e.communityLedAtTheEdge.length}</span></h4>
      <p class="small muted">Community-led organizations with at most one tie to another organization.</p>
      <ul class="findings">${e.communityLedAtTheEdge.map((o) => `<li>${nodeLink(o.id)}</li>`).join('') || '<li class="muted">none</li>'}</ul>
      <table class="measures equity"><thead><tr><th scope="col">measure (average)</th><th scope="col">community-led</th><th scope="col">others</th><th scope="col">community-led are</th></tr></thead>
      <tbody>${rows}</tbody></table>`;
  }

  /** What a findings panel says when there is nothing to analyse: the network is empty (or was, on the map's date). */
  function nothingYet() {
    const empty = state.graph && state.graph.order === 0;
    if (!empty) return null;
    return state.asOfIsToday === false
      ? '<p class="empty-note">Nothing to analyse on this date: the network had no entries yet. Choose a later date above.</p>'
      : '<p class="empty-note">Nothing to analyse yet: the network is empty. Add your partners with <strong>Import…</strong> (a spreadsheet; the dialog has a template to start from); the findings then show here.</p>';
  }

  function renderDashboards() {
    const empty = nothingYet();
    if (empty) {
      for (const tab of ['introductions', 'equity', 'gaps', 'overlaps', 'reinforcement', 'indicators']) {
        $(`tab-${tab}`).innerHTML = empty;
        $(`tab-${tab}`).dataset.rendered = 'true';
      }
      return;
    }
    $('tab-introductions').innerHTML = renderIntroductions();
    $('tab-equity').innerHTML = renderEquity();
    $('tab-gaps').innerHTML = renderGaps();
    $('tab-overlaps').innerHTML = renderOverlaps();
    $('tab-reinforcement').innerHTML = renderReinforcement();
    gapsTable();
    overlapsTable();
    reinforcementTable();
    introductionsTable();
    const gapCount = state.analyses?.gaps?.length;
    if (gapCount) document.querySelector('[data-tab="gaps"]').innerHTML = `Gaps <span class="count">${gapCount}</span>`;
  }

  return { showDetails, renderDashboards, showTab };
}
