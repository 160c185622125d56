// The backbone's partner survey page (issue 18; docs/survey.md): make a round and mail its personal links, follow
// who has answered (overall and by sector), read the results as analyses.md §7 defines them, close the round and apply
// it to the network as ties (a dry run first). Evaluators read everything here but change nothing. An ordinary client
// of the GraphQL API with the tab's key.
import '../survey/survey.css';
import { AuthRequiredError, gql, gqlWrite, isForbidden } from '../lib/api.js';
import { setApiKey } from '../lib/auth.js';
import { levels } from '../survey/questions.js';
import { linksCsv, problemList } from './format.js';
import { escapeHtml as escape } from '../lib/html.js';

const $ = (id) => document.getElementById(id);
const percent = (f) => (f == null ? '–' : `${Math.round(100 * f)} %`);
const score = (v) => (v == null ? '–' : Number(v).toFixed(1));
const words = (constant) => (constant ? constant.charAt(0) + constant.slice(1).toLowerCase().replaceAll('_', ' ') : 'Not set');
const today = () => new Date().toISOString().slice(0, 10);
const plusDays = (days) => new Date(Date.now() + days * 86400000).toISOString().slice(0, 10);

const roundFields = 'id name opens closes status question closed applied progress { invited submitted drafts responseRate }';
let canManage = false;
let organizations = [];
const invited = new Set();
let lastLinks = [];
const names = new Map();

function status(text, kind = 'muted') {
  $('surveys-status').textContent = text;
  $('surveys-status').className = kind;
}

async function ask(query, variables) {
  const { data, errors } = await gql(query, variables);
  if (!data) {
    const error = new Error(errors.map((e) => e.message).join(' ') || 'The request was refused.');
    error.errors = errors;
    throw error;
  }
  return data;
}

async function loadOrganizations() {
  const all = [];
  let after = null;
  do {
    const data = await ask('query SurveyOrgs($after: String) { organizations(first: 1000, after: $after) { items { id name sector } pageInfo { hasNextPage endCursor } } }', { after });
    all.push(...data.organizations.items);
    after = data.organizations.pageInfo.hasNextPage ? data.organizations.pageInfo.endCursor : null;
  } while (after && all.length < 20000);
  organizations = all.sort((a, b) => a.name.localeCompare(b.name));
  for (const o of organizations) names.set(o.id, o.name);
}

async function loadRounds(select) {
  const data = await ask(`{ surveyRounds { ${roundFields} } }`);
  const rounds = data.surveyRounds;
  $('rounds-section').hidden = false;
  $('no-rounds').hidden = rounds.length > 0;
  $('rounds-table').hidden = rounds.length === 0;
  $('rounds-table').querySelector('tbody').innerHTML = rounds.map((r) => `<tr>
    <th scope="row">${escape(r.name)}</th><td>${r.opens} – ${r.closes}</td>
    <td><span class="tag ${r.status}">${words(r.status)}</span></td>
    <td>${r.progress.submitted} of ${r.progress.invited} (${percent(r.progress.responseRate)})${r.progress.drafts ? `, ${r.progress.drafts} draft${r.progress.drafts === 1 ? '' : 's'}` : ''}</td>
    <td><button type="button" data-open="${escape(r.id)}">Open<span class="sr-only"> ${escape(r.name)}</span></button></td></tr>`).join('');
  if (select) await showRound(select);
}

function renderInviteList() {
  const terms = $('invite-search').value.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const shown = organizations.filter((o) => terms.every((t) => `${o.name} ${o.sector || ''}`.toLowerCase().includes(t)));
  $('invite-list').innerHTML = shown.slice(0, 500).map((o) => `<label><input type="checkbox" value="${escape(o.id)}"${invited.has(o.id) ? ' checked' : ''}>
    ${escape(o.name)} <span class="muted small">${escape(words(o.sector))}</span></label>`).join('')
    + (shown.length > 500 ? `<p class="muted small">${shown.length - 500} more: type to narrow the list.</p>` : '');
  $('invited-count').textContent = `(${invited.size} chosen of ${organizations.length})`;
  return shown;
}

function clearFieldProblems() {
  for (const el of $('new-round-form').querySelectorAll('.field-error')) {
    el.hidden = true;
    el.textContent = '';
  }
  $('new-round-problems').hidden = true;
}

async function createRound(event) {
  event.preventDefault();
  clearFieldProblems();
  const input = {
    name: $('round-name').value,
    opens: $('round-opens').value,
    closes: $('round-closes').value,
    question: $('round-question').value || null,
    invited: [...invited],
  };
  const missing = ['opens', 'closes'].filter((f) => !input[f]);
  if (missing.length) {
    for (const f of missing) {
      $(`round-${f}-error`).textContent = 'Choose a date.';
      $(`round-${f}-error`).hidden = false;
    }
    $(`round-${missing[0]}`).focus();
    return;
  }
  const { data, errors } = await gqlWrite(`mutation NewRound($input: SurveyRoundInput!) { createSurveyRound(input: $input) {
    round { id name } links { organization organizationName path expiresAt } } }`, { input });
  if (!data?.createSurveyRound) {
    const problems = problemList(errors);
    for (const p of problems) {
      const field = /^input\.(\w+)/.exec(p.path || '')?.[1];
      const el = field && $(`round-${field}-error`);
      if (el) {
        el.textContent = p.index == null ? p.message : `${names.get(input.invited[p.index]) || input.invited[p.index]}: ${p.message}`;
        el.hidden = false;
      }
    }
    $('new-round-problems').innerHTML = `<p><strong>The round was not made:</strong></p><ul>${problems.map((p) => `<li>${escape(p.message)}</li>`).join('')}</ul>`;
    $('new-round-problems').hidden = false;
    $('new-round-problems').focus();
    return;
  }
  const created = data.createSurveyRound;
  lastLinks = created.links.map((l) => ({ ...l, url: new URL(l.path, document.baseURI).toString() }));
  $('links-title').textContent = `Links to send: ${created.round.name}`;
  $('links-table').querySelector('tbody').innerHTML = lastLinks.map((l) => `<tr><th scope="row">${escape(l.organizationName)}</th>
    <td class="link-cell"><a href="${escape(l.url)}" target="_blank" rel="noopener">${escape(l.url)}</a></td></tr>`).join('');
  $('links-section').hidden = false;
  $('new-round-form').reset();
  invited.clear();
  setDefaults();
  renderInviteList();
  await loadRounds(created.round.id);
  $('links-section').focus();
  status(`Made "${created.round.name}" with ${lastLinks.length} personal links. Send each organization its own.`, 'ok');
}

function setDefaults() {
  $('round-opens').value = today();
  $('round-closes').value = plusDays(21);
}

function download(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const detailQuery = `query SurveyRound($id: ID!) { surveyRound(id: $id) { ${roundFields} invited
  progress { bySector { sector invited submitted rate } }
  invitations { organization name sector status updated submitted linkId linkExpiresAt }
  responses { organization submitted openAnswer answers { partner worksTogether achieved } }
  results { invited submitted responseRate networkTrust networkValue confirmed oneSided unconfirmed density degreeCentralization summary
    organizations { organization trust value answers } pairs { a b status level trustAboutB valueAboutB trustAboutA valueAboutA }
    highValueLowTrust { from about trust value } } } }`;

async function showRound(id) {
  const data = await ask(detailQuery, { id });
  const r = data.surveyRound;
  if (!r) return;
  const nameOf = new Map(r.invitations.map((i) => [i.organization, i.name]));
  const n = (o) => escape(nameOf.get(o) || o);
  const res = r.results;
  const closed = r.status === 'CLOSED' || r.status === 'APPLIED';
  const texts = r.responses.flatMap((resp) => [
    ...(resp.openAnswer ? [{ from: resp.organization, about: null, text: resp.openAnswer }] : []),
    ...resp.answers.filter((a) => a.achieved).map((a) => ({ from: resp.organization, about: a.partner, text: a.achieved })),
  ]);
  const el = $('round-detail');
  el.innerHTML = `<h2 id="round-title">${escape(r.name)} <span class="tag ${r.status}">${words(r.status)}</span></h2>
    <p class="muted">Open ${r.opens} to ${r.closes}${r.closed ? `, closed on ${r.closed}` : ''}${r.applied ? `, applied on ${r.applied}` : ''}.${r.question ? ` Open question: “${escape(r.question)}”` : ''}</p>
    <div class="figures">
      <div class="figure"><strong>${percent(r.progress.responseRate)}</strong><span>answered (${r.progress.submitted} of ${r.progress.invited}${r.progress.drafts ? `; ${r.progress.drafts} drafts` : ''})</span></div>
      <div class="figure"><strong>${score(res.networkTrust)}</strong><span>trust, of 4 (${percent(res.networkTrust == null ? null : res.networkTrust / 4)})</span></div>
      <div class="figure"><strong>${score(res.networkValue)}</strong><span>value, of 4 (${percent(res.networkValue == null ? null : res.networkValue / 4)})</span></div>
      <div class="figure"><strong>${res.confirmed} · ${res.oneSided} · ${res.unconfirmed}</strong><span>ties confirmed · one-sided · waiting</span></div>
      <div class="figure"><strong>${res.density == null ? '–' : res.density.toFixed(2)}</strong><span>density of the reported network</span></div>
      <div class="figure"><strong>${res.degreeCentralization == null ? '–' : res.degreeCentralization.toFixed(2)}</strong><span>degree centralization</span></div>
    </div>
    <h3>In short</h3><ul class="summary">${res.summary.map((s) => `<li>${escape(s)}</li>`).join('')}</ul>
    ${canManage ? `<div class="row" role="group" aria-label="Round actions">
      ${closed ? '' : '<button type="button" id="close-round" class="danger">Close the round now</button>'}
      <button type="button" id="delete-round" class="danger">Delete the round</button></div>` : ''}
    <h3>Who has answered</h3>
    <div class="table-wrap"><table><thead><tr><th scope="col">Sector</th><th scope="col">Invited</th><th scope="col">Answered</th><th scope="col">Rate</th></tr></thead><tbody>
      ${r.progress.bySector.map((s) => `<tr><td>${words(s.sector)}</td><td>${s.invited}</td><td>${s.submitted}</td><td>${percent(s.rate)}</td></tr>`).join('')}</tbody></table></div>
    <div class="table-wrap"><table id="invitations-table"><thead><tr><th scope="col">Organization</th><th scope="col">Sector</th><th scope="col">Status</th><th scope="col">Last saved</th>${canManage && !closed ? '<th scope="col">Link</th>' : ''}</tr></thead><tbody>
      ${r.invitations.map((i) => `<tr><th scope="row">${escape(i.name)}</th><td>${words(i.sector)}</td><td><span class="tag ${i.status}">${words(i.status)}</span></td>
        <td>${i.updated ? new Date(i.updated).toLocaleString('en-GB') : '–'}</td>
        ${canManage && !closed ? `<td><button type="button" data-reissue="${escape(i.organization)}">New link<span class="sr-only"> for ${escape(i.name)}</span></button>
          ${i.linkId ? `<button type="button" data-revoke="${escape(i.organization)}">Revoke<span class="sr-only"> ${escape(i.name)}'s link</span></button>` : '<span class="muted small">no live link</span>'}</td>` : ''}</tr>`).join('')}</tbody></table></div>
    <p id="reissued" class="link-cell" role="status" aria-live="polite"></p>
    <h3>How the partners see each other</h3>
    <div class="table-wrap"><table><thead><tr><th scope="col">Organization</th><th scope="col">Trust</th><th scope="col">Value</th><th scope="col">Answers about it</th></tr></thead><tbody>
      ${res.organizations.filter((o) => o.answers > 0).sort((a, b) => b.answers - a.answers).map((o) => `<tr><th scope="row">${n(o.organization)}</th><td>${score(o.trust)}</td><td>${score(o.value)}</td><td>${o.answers}</td></tr>`).join('') || '<tr><td colspan="4" class="muted">No scored answer yet.</td></tr>'}</tbody></table></div>
    <h3>High value, low trust <span class="muted small">(value ≥ 3, trust ≤ 2.5: where the backbone's help matters most)</span></h3>
    ${res.highValueLowTrust.length ? `<div class="table-wrap"><table><thead><tr><th scope="col">Who answered</th><th scope="col">About</th><th scope="col">Value</th><th scope="col">Trust</th></tr></thead><tbody>
      ${res.highValueLowTrust.map((x) => `<tr><td>${n(x.from)}</td><td>${n(x.about)}</td><td>${score(x.value)}</td><td>${score(x.trust)}</td></tr>`).join('')}</tbody></table></div>` : '<p class="muted">None.</p>'}
    <h3>Reported working relationships</h3>
    ${res.pairs.length ? `<div class="table-wrap"><table id="pairs-table"><thead><tr><th scope="col">Between</th><th scope="col">And</th><th scope="col">Status</th><th scope="col">Level</th></tr></thead><tbody>
      ${res.pairs.map((p) => `<tr><td>${n(p.a)}</td><td>${n(p.b)}</td><td><span class="tag ${p.status}">${words(p.status)}</span></td><td>${p.level ? `${p.level} ${levels[p.level - 1].name}` : '–'}</td></tr>`).join('')}</tbody></table></div>` : '<p class="muted">None reported yet.</p>'}
    <h3>In their own words</h3>
    ${texts.length ? `<ul>${texts.map((t) => `<li><strong>${n(t.from)}</strong>${t.about ? ` about ${n(t.about)}` : ''}: ${escape(t.text)}</li>`).join('')}</ul>` : '<p class="muted">No written answer yet.</p>'}
    ${canManage ? `<h3>Into the network</h3>
      ${closed ? `<p>Write the reported relationships to the network as ties: awareness and cooperative as <em>communicates</em>, coordinated and integrated as <em>collaborates</em>, weighted by the level, dated ${r.closed || r.closes}.</p>
      <fieldset class="choice"><legend>Which relationships</legend><div class="options">
        <label><input type="radio" name="apply-scope" value="CONFIRMED" checked><span>Confirmed by both sides</span></label>
        <label><input type="radio" name="apply-scope" value="ALL"><span>All reported, one-sided too</span></label></div></fieldset>
      <label><input type="checkbox" id="apply-snapshot" checked> Keep the network as applied as a snapshot, to compare rounds over time</label>
      <p class="row"><button type="button" id="apply-preview">Preview the changes</button></p>
      <div id="apply-result" role="status" aria-live="polite"></div>` : '<p class="muted">A round is applied once it is closed, so its answers are final.</p>'}` : ''}`;
  el.hidden = false;
  el.dataset.round = r.id;
  el.focus();
}

async function preview(id, apply) {
  const scope = document.querySelector('input[name=apply-scope]:checked').value;
  const snapshot = $('apply-snapshot').checked;
  const data = await gqlWrite(`mutation ApplyRound($id: ID!, $scope: SurveyApplyScope!, $dryRun: Boolean!, $snapshot: Boolean!) {
    applySurveyRound(id: $id, scope: $scope, dryRun: $dryRun, snapshot: $snapshot) { dryRun added { from { id name } to { id name } type weight } updated { from { name } to { name } type weight } unchanged skipped version snapshot } }`,
  { id, scope, dryRun: !apply, snapshot });
  const result = data.data?.applySurveyRound;
  const box = $('apply-result');
  if (!result) {
    box.innerHTML = `<p class="error">${escape(data.errors.map((e) => e.message).join(' '))}</p>`;
    return;
  }
  const tie = (t) => `<li>${escape(t.from.name)} – ${escape(t.to.name)}: ${words(t.type)}, weight ${t.weight}</li>`;
  box.innerHTML = `<p class="${result.dryRun ? '' : 'ok'}">${result.dryRun ? 'Applying would' : 'Applied:'} add ${result.added.length} tie${result.added.length === 1 ? '' : 's'} and change the weight of ${result.updated.length}; ${result.unchanged} already as reported.${result.snapshot ? ` Snapshot “${escape(result.snapshot)}” kept.` : ''}${result.dryRun ? '' : ` The network is now at version ${result.version}.`}</p>
    ${result.added.length ? `<h4>New ties</h4><ul>${result.added.map(tie).join('')}</ul>` : ''}
    ${result.updated.length ? `<h4>Changed weights</h4><ul>${result.updated.map(tie).join('')}</ul>` : ''}
    ${result.skipped.length ? `<h4>Left out</h4><ul>${result.skipped.map((s) => `<li>${escape(s)}</li>`).join('')}</ul>` : ''}
    ${result.dryRun ? '<p><button type="button" id="apply-now" class="primary">Apply these changes</button></p>' : ''}`;
  if (!result.dryRun) await loadRounds();
}

async function start() {
  try {
    canManage = !(await gql('{ shareLinks { id } }')).errors?.some(isForbidden);
    await Promise.all([loadRounds(), canManage ? loadOrganizations() : Promise.resolve()]);
    if (canManage) {
      setDefaults();
      renderInviteList();
      $('new-round').hidden = false;
    }
    status(canManage ? 'Make a round below, or open one to follow it.' : 'You can read every round; only the backbone makes and changes them.');
  } catch (e) {
    if (e instanceof AuthRequiredError) {
      status('This page needs a backbone or evaluator API key.', 'error');
      $('key-form').hidden = false;
      $('key-input').focus();
    } else if (e.errors?.some(isForbidden)) {
      status('Survey rounds are for the backbone and evaluators. Dashboards read each round\'s totals through the API (surveySummaries).', 'error');
    } else {
      status(e.message, 'error');
    }
  } finally {
    $('surveys').setAttribute('aria-busy', 'false');
  }
}

$('key-form').addEventListener('submit', (event) => {
  event.preventDefault();
  setApiKey($('key-input').value);
  $('key-form').hidden = true;
  start();
});
$('invite-search').addEventListener('input', renderInviteList);
$('invite-list').addEventListener('change', (event) => {
  if (event.target.checked) invited.add(event.target.value);
  else invited.delete(event.target.value);
  $('invited-count').textContent = `(${invited.size} chosen of ${organizations.length})`;
});
$('invite-all').addEventListener('click', () => {
  for (const o of renderInviteList()) invited.add(o.id);
  renderInviteList();
});
$('invite-none').addEventListener('click', () => {
  invited.clear();
  renderInviteList();
});
$('new-round-form').addEventListener('submit', (event) => createRound(event).catch((e) => status(e.message, 'error')));
$('copy-links').addEventListener('click', async () => {
  await navigator.clipboard.writeText(lastLinks.map((l) => `${l.organizationName}\t${l.url}`).join('\n')).catch(() => {});
  status(`${lastLinks.length} links copied.`, 'ok');
});
$('download-links').addEventListener('click', () => download('survey-links.csv', linksCsv(lastLinks), 'text/csv'));
$('rounds-table').addEventListener('click', (event) => {
  const id = event.target.closest('button[data-open]')?.dataset.open;
  if (id) showRound(id).catch((e) => status(e.message, 'error'));
});
$('round-detail').addEventListener('click', async (event) => {
  const id = $('round-detail').dataset.round;
  const target = event.target.closest('button');
  if (!target) return;
  try {
    if (target.id === 'close-round' && confirm('Close the round now? Nobody can answer after this, and every link stops working.')) {
      await ask('mutation CloseRound($id: ID!) { closeSurveyRound(id: $id) { id } }', { id });
      await loadRounds(id);
      status('The round is closed: its results are final.', 'ok');
    } else if (target.id === 'delete-round' && confirm('Delete the round with every answer? Ties already applied stay in the network.')) {
      await ask('mutation DeleteRound($id: ID!) { deleteSurveyRound(id: $id) { id } }', { id });
      $('round-detail').hidden = true;
      await loadRounds();
      status('The round is deleted.', 'ok');
    } else if (target.id === 'apply-preview') {
      await preview(id, false);
    } else if (target.id === 'apply-now') {
      await preview(id, true);
    } else if (target.dataset.reissue) {
      const data = await ask('mutation Reissue($round: ID!, $organization: ID!) { reissueSurveyLink(round: $round, organization: $organization) { organizationName path } }',
        { round: id, organization: target.dataset.reissue });
      const url = new URL(data.reissueSurveyLink.path, document.baseURI).toString();
      await showRound(id);
      $('reissued').innerHTML = `New link for ${escape(data.reissueSurveyLink.organizationName)} (the old one no longer works; shown once): <a href="${escape(url)}">${escape(url)}</a>`;
    } else if (target.dataset.revoke) {
      await ask('mutation Revoke($round: ID!, $organization: ID!) { revokeSurveyLink(round: $round, organization: $organization) }', { round: id, organization: target.dataset.revoke });
      await showRound(id);
      status('The link is revoked; its saved answers stay.', 'ok');
    }
  } catch (e) {
    status(e.message, 'error');
  }
});

start();
