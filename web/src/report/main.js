// The "state of the network" report (issue 17, item 4; docs/web.md, "The report"): one document for a partners'
// meeting, as of a date — headline figures, what changed since an earlier date or a snapshot, the gaps, the
// introductions the backbone could make, and every indicator's chart — read on screen and printed to PDF from the
// browser (report.css holds the print layout). An ordinary client of the GraphQL API with the tab's key: a dashboard
// key gets the same report without people.
import './report.css';
import { AuthRequiredError, gql } from '../lib/api.js';
import { adoptShareLink } from '../lib/auth.js';
import { emptyAnalyses, loadBrokerage, loadGaps, loadIndicatorProgress, loadReinforcement } from '../map/analyses.js';
import { progressChart } from '../map/chart.js';
import { jobFields, waitForJob } from '../map/jobs.js';
import { rounded } from '../map/meanings.js';
import { titleCase } from '../map/style.js';
import { args, asOf, isDate, writtenDate } from '../map/time.js';
import { escapeHtml as escape } from '../lib/html.js';

const $ = (id) => document.getElementById(id);
const number = (n) => (n == null ? '–' : Number(n).toLocaleString('en'));
const percent = (f) => (f == null ? '–' : `${Math.round(100 * f)} %`);

/** The earlier side asked for: ?snapshot=name, ?since=YYYY-MM-DD, or a year before the report's date. */
export function sinceOf(search, date) {
  const params = new URLSearchParams(search);
  const snapshot = params.get('snapshot');
  if (snapshot) return { snapshot };
  const since = params.get('since');
  if (isDate(since) && since < date) return { date: since };
  const year = new Date(`${date}T00:00:00Z`);
  year.setUTCFullYear(year.getUTCFullYear() - 1);
  return { date: year.toISOString().slice(0, 10) };
}

/** A query whose answer may be a background job (docs/jobs.md): polled until done, then asked again (a cache hit). */
async function withJob(query, variables, pick) {
  const ask = async () => {
    const { data, errors } = await gql(query, variables);
    const value = data && pick(data);
    if (!value) throw new Error(errors?.map((e) => e.message).join('; ') || 'refused');
    return value;
  };
  let value = await ask();
  if (value.job && value.job.state !== 'SUCCEEDED') {
    $('report-status').textContent = 'Waiting for a background analysis…';
    await waitForJob(value.job, { request: async (q, v) => (await gql(q, v)).data });
    value = await ask();
  }
  return value;
}

async function headline() {
  // The dated lists are counted as of the report's date (omitted, they count everything stored).
  const on = { asOf: asOf.date };
  const { data } = await gql(`query ReportHead($asOf: Date) { networkVersion initiative { name description backbone { name } }
    goals { totalCount } indicators { totalCount }
    organizations(asOf: $asOf) { totalCount } activities(asOf: $asOf) { totalCount } ties(asOf: $asOf) { totalCount } }`, on);
  if (!data) throw new Error('the network could not be read');
  const people = await gql('query ReportPeople($asOf: Date) { people(asOf: $asOf) { totalCount } }', on).then((r) => r.data?.people?.totalCount ?? null, () => null);
  const metrics = await withJob(`query ReportMetrics { networkMetrics${args('projection: ORGANIZATIONS')} { ${jobFields}
    nodes edges density components largestComponentSize averageClustering degreeCentralization } }`, {}, (d) => d.networkMetrics).catch(() => null);
  return { ...data, people, metrics };
}

async function comparison(since) {
  return withJob(`query ReportCompare($from: CompareSide!, $to: CompareSide!) { compare(from: $from, to: $to) { ${jobFields}
      from { label date } to { label date }
      organizations { before after joinedCount leftCount } people { joinedCount leftCount }
      tiesAdded { count crossSector } tiesEnded { count crossSector }
      reinforcement { index { before after change } } backboneDependence { before after change }
      sentences } }`, { from: since, to: { date: asOf.date } }, (d) => d.compare);
}

async function indicatorsWithMeasurements() {
  const indicators = [];
  let after = null;
  for (;;) {
    const { data } = await gql(`query ReportIndicators($after: String) { indicators(first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      items { id name unit direction goal { id name } baseline { value date } target { value date } measurements(first: 100) { items { date value } } } } }`, { after });
    if (!data?.indicators) break;
    indicators.push(...data.indicators.items.map((i) => ({ ...i, measurements: (i.measurements?.items || []).filter((m) => m.date <= asOf.date) })));
    if (!data.indicators.pageInfo.hasNextPage) break;
    after = data.indicators.pageInfo.endCursor;
  }
  return indicators;
}

function figures(head, analyses) {
  const status = [...(analyses.indicatorStatus?.values() || [])];
  const onTrack = status.filter((s) => s.onTrack === true).length;
  const known = status.filter((s) => s.onTrack != null).length;
  const cards = [
    [number(head.organizations.totalCount), 'partner organizations'],
    [head.people == null ? 'not shown' : number(head.people), 'people'],
    [number(head.activities.totalCount), 'activities under way'],
    [number(head.ties.totalCount), 'ties (between partners and their people)'],
    [number(head.goals.totalCount), 'goals on the common agenda'],
    [known ? `${onTrack} of ${known}` : '–', 'indicators on track'],
    [analyses.reinforcement ? percent(analyses.reinforcement.overall) : '–', 'of activity pairs reinforce each other'],
    [analyses.gaps ? number(analyses.gaps.length) : '–', 'gaps against the five conditions'],
  ];
  const m = head.metrics;
  const network = m ? `<p class="small muted">The partner network (organizations joined by ties, shared activities or their people's ties):
    ${number(m.nodes)} organizations, ${number(m.edges)} links, density ${rounded(m.density)}, ${m.components === 1 ? 'all in one connected group' : `${number(m.components)} separate groups (the largest has ${number(m.largestComponentSize)})`}${m.degreeCentralization != null ? `, degree centralization ${rounded(m.degreeCentralization)} (higher: more of the links run through a few partners)` : ''}.</p>` : '';
  return `<section><h2>In figures</h2><div class="figures">${cards.map(([v, l]) => `<div class="figure"><strong>${escape(v)}</strong><span>${escape(l)}</span></div>`).join('')}</div>${network}</section>`;
}

function change(compare) {
  if (!compare) return '<section><h2>What changed</h2><p class="muted">The comparison could not be made.</p></section>';
  const row = (label, before, after, delta) => `<tr><th scope="row">${label}</th><td>${before}</td><td>${after}</td><td>${delta}</td></tr>`;
  const signed = (n, digits = 0) => (n == null ? '' : `${n > 0 ? '+' : ''}${digits ? rounded(n) : number(n)}`);
  return `<section><h2>What changed since ${escape(compare.from.label)}</h2>
    <ul class="sentences">${(compare.sentences || []).map((s) => `<li>${escape(s)}</li>`).join('')}</ul>
    <table><thead><tr><th></th><th>${escape(compare.from.label)}</th><th>${escape(compare.to.label)}</th><th>Change</th></tr></thead><tbody>
      ${row('Partner organizations', number(compare.organizations.before), number(compare.organizations.after), `+${number(compare.organizations.joinedCount)} joined, −${number(compare.organizations.leftCount)} left`)}
      ${row('Ties', '', '', `+${number(compare.tiesAdded.count)} added (${number(compare.tiesAdded.crossSector)} across sectors), −${number(compare.tiesEnded.count)} ended`)}
      ${compare.reinforcement ? row('Reinforcement index', percent(compare.reinforcement.index.before), percent(compare.reinforcement.index.after), signed(compare.reinforcement.index.change == null ? null : Math.round(100 * compare.reinforcement.index.change)) + ' points') : ''}
      ${compare.backboneDependence ? row('Dependence on the backbone (lower is better)', rounded(compare.backboneDependence.before), rounded(compare.backboneDependence.after), signed(compare.backboneDependence.change, 2)) : ''}
    </tbody></table></section>`;
}

function gaps(analyses) {
  if (!analyses.gaps) return '<section><h2>Gaps</h2><p class="muted">Gap findings are not available to this key.</p></section>';
  if (!analyses.gaps.length) return '<section><h2>Gaps</h2><p>No gaps found: every condition checked is met.</p></section>';
  const byKind = new Map();
  for (const g of analyses.gaps) (byKind.get(g.kind) || byKind.set(g.kind, []).get(g.kind)).push(g);
  const shown = 8;
  return `<section><h2>Gaps against the five conditions</h2><p class="small muted">${number(analyses.gaps.length)} findings; the first ${shown} of each kind are listed (the map's Gaps table and its Excel file hold all).</p>
    ${[...byKind].map(([kind, list]) => `<h3>${escape(titleCase(kind))} (${number(list.length)})</h3>
      <ul>${list.slice(0, shown).map((g) => `<li>${escape(g.message)}</li>`).join('')}${list.length > shown ? `<li class="muted">and ${number(list.length - shown)} more</li>` : ''}</ul>`).join('')}</section>`;
}

function introductions(analyses, names) {
  const recs = analyses.brokerage || [];
  if (!recs.length) return '<section><h2>Introductions to make</h2><p class="muted">No introduction is suggested (or this key may not read them).</p></section>';
  return `<section><h2>Introductions to make</h2><p class="small muted">Partners who share goals but do not work together yet, best first; equal scores share a rank.</p>
    <table><thead><tr><th>Rank</th><th>Partners</th><th>Why</th></tr></thead><tbody>
    ${recs.map((r) => `<tr><td>#${r.rank}</td><td>${escape(names.get(r.a) || r.a)} ↔ ${escape(names.get(r.b) || r.b)}${r.backboneTiedToBoth ? '<br><span class="tag ok">backbone knows both</span>' : ''}</td><td>${escape(r.message)}</td></tr>`).join('')}
    </tbody></table></section>`;
}

function indicatorSection(indicators, analyses) {
  const section = document.createElement('section');
  section.innerHTML = '<h2>Indicators</h2><p class="small muted">Baseline (open circle), measurements (line) and target (filled circle); the dashed line is the straight pace from baseline to target.</p>';
  const goals = new Map();
  for (const i of indicators) (goals.get(i.goal.id) || goals.set(i.goal.id, { name: i.goal.name, list: [] }).get(i.goal.id)).list.push(i);
  for (const { name, list } of goals.values()) {
    const h3 = document.createElement('h3');
    h3.textContent = name;
    const grid = document.createElement('div');
    grid.className = 'indicators';
    for (const indicator of list) {
      const status = analyses.indicatorStatus?.get(indicator.id);
      const card = document.createElement('div');
      card.className = 'indicator';
      card.innerHTML = `<div class="head">${escape(indicator.name)} ${status ? `<span class="tag ${status.onTrack === false ? 'gap' : 'ok'}">${escape(status.label)}</span>` : ''}
        <span class="muted small">${status?.fraction != null ? `${Math.round(100 * status.fraction)} % of the way` : ''}</span></div>`;
      card.append(progressChart(indicator, { width: 340, height: 110 }));
      grid.append(card);
    }
    section.append(h3, grid);
  }
  return section;
}

async function snapshotChoices(since) {
  const { data } = await gql('query Snapshots { snapshots { name createdAt } }').catch(() => ({ data: null }));
  const select = $('report-snapshot');
  for (const s of data?.snapshots || []) {
    const option = new Option(`${s.name} (${s.createdAt.slice(0, 10)})`, s.name);
    option.selected = s.name === since.snapshot;
    select.append(option);
  }
}

async function render() {
  const since = sinceOf(location.search, asOf.date);
  $('report-as-of').value = asOf.date;
  $('report-since').value = since.date || '';
  await snapshotChoices(since);
  const analyses = emptyAnalyses();
  const [head, compare, indicators] = await Promise.all([
    headline(),
    comparison(since).catch((e) => ({ failed: e.message })),
    indicatorsWithMeasurements(),
    // One analysis at a time: the API runs a few per request and queues the rest (Scheduler).
    (async () => {
      for (const load of [loadGaps, loadReinforcement, loadIndicatorProgress, loadBrokerage]) await load(analyses).catch(() => {});
    })(),
  ]);
  const names = new Map();
  const wanted = [...new Set((analyses.brokerage || []).flatMap((r) => [r.a, r.b]))];
  if (wanted.length) {
    const { data } = await gql('query Names($ids: [ID!]!) { nodes(ids: $ids) { id name } }', { ids: wanted }).catch(() => ({ data: null }));
    for (const n of data?.nodes || []) if (n) names.set(n.id, n.name);
  }
  const title = head.initiative?.name || 'Collective impact network';
  document.title = `${title}: state of the network, ${writtenDate(asOf.date)}`;
  const report = $('report');
  report.innerHTML = `<header><h1>${escape(title)}</h1>
      <p class="muted">State of the network as of ${escape(writtenDate(asOf.date))}${head.initiative?.backbone ? ` · backbone: ${escape(head.initiative.backbone.name)}` : ''} · network version ${number(head.networkVersion)} · prepared ${escape(writtenDate(new Date().toISOString().slice(0, 10)))}</p>
      ${head.initiative?.description ? `<p>${escape(head.initiative.description)}</p>` : ''}</header>
    ${figures(head, analyses)}
    ${compare.failed ? `<section><h2>What changed</h2><p class="error">The comparison could not be made: ${escape(compare.failed)}</p></section>` : change(compare)}
    ${gaps(analyses)}
    ${introductions(analyses, names)}`;
  report.append(indicatorSection(indicators, analyses));
  report.setAttribute('aria-busy', 'false');
  document.body.dataset.ready = 'true';
}

$('report-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const params = new URLSearchParams();
  if (isDate($('report-as-of').value)) params.set('asOf', $('report-as-of').value);
  if ($('report-snapshot').value) params.set('snapshot', $('report-snapshot').value);
  else if (isDate($('report-since').value)) params.set('since', $('report-since').value);
  location.search = params.toString();
});
$('print-report').addEventListener('click', () => window.print());
$('back-to-map').href = `./${asOf.isToday ? '' : `?asOf=${asOf.date}`}`;

adoptShareLink();
render().catch((e) => {
  $('report').setAttribute('aria-busy', 'false');
  $('report').innerHTML = e instanceof AuthRequiredError
    ? '<p class="error">This report needs an API key: open the map, set the key with the API key button, then open the report from there.</p>'
    : `<p class="error">The report could not be prepared: ${escape(e.message)}</p>`;
  document.body.dataset.ready = 'true';
});
