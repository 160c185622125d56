// Editing the network where it is looked at (issue 19; docs/web.md, "Editing"). The backbone adds and edits every
// kind from the map (Add…, a node's Edit, End, Record a measurement) and the table views; the server's validation
// decides and its problems appear at their field; a save names the revision the form opened, so a change made
// meanwhile by someone else is caught (CONFLICT), shown field by field, and can be reapplied; the map and the
// analyses follow each change without a reload; Undo takes back one's own last change; History lists an entry's
// changes. A partner proposes changes to its own organization and people; the backbone accepts or rejects them.
import { gql, gqlWrite } from '../lib/api.js';
import { differences, fieldOf, forms, pickedId, suggestId, toForm, toInput } from './edit-forms.js';
import { kindLabels } from './style.js';

const $ = (id) => document.getElementById(id);

export function setupEditing(state, { escapeHtml, followChange, announce }) {
  const viewer = { role: null, organization: null };
  let current = null; // { kind, mode: 'create'|'update'|'propose', opened, revision }

  const nodesOf = (kinds) => (state.network ? [
    ...(kinds.includes('GOAL') ? state.network.goals : []),
    ...(kinds.includes('INDICATOR') ? state.network.indicators : []),
    ...(kinds.includes('ORGANIZATION') ? state.network.organizations : []),
    ...(kinds.includes('PERSON') ? state.network.people : []),
    ...(kinds.includes('ACTIVITY') ? state.network.activities : []),
  ].map((n) => ({ id: n.id, name: n.name })).sort((a, b) => a.name.localeCompare(b.name)) : []);

  function fieldHtml(field, value) {
    const fid = `edit-${field.name}`;
    const describedBy = `${fid}-error${field.help ? ` ${fid}-help` : ''}`;
    const help = field.help ? `<span class="help small muted" id="${fid}-help">${escapeHtml(field.help)}</span>` : '';
    const error = `<span class="field-error" id="${fid}-error" role="alert" hidden></span>`;
    const required = field.required ? ' required aria-required="true"' : '';
    const locked = current.mode !== 'create' && (field.name === 'id' || field.key) ? ' readonly' : '';
    const label = `${escapeHtml(field.label)}${field.required ? ' <span aria-hidden="true">*</span>' : ''}`;
    switch (field.type) {
      case 'checkbox':
        return `<div class="field check"><label><input type="checkbox" id="${fid}" name="${field.name}"${value ? ' checked' : ''} aria-describedby="${describedBy}"> ${label}</label>${help}${error}</div>`;
      case 'select':
        return `<div class="field"><label for="${fid}">${label}</label><select id="${fid}" name="${field.name}"${required} aria-describedby="${describedBy}"${locked ? ' disabled' : ''}>
          ${field.empty ? `<option value="">${escapeHtml(field.empty)}</option>` : ''}
          ${field.options.map(([v, text]) => `<option value="${v}"${v === value ? ' selected' : ''}>${escapeHtml(text)}</option>`).join('')}</select>${help}${error}</div>`;
      case 'multi': {
        const chosen = new Set(value || []);
        return `<div class="field"><label for="${fid}">${label}</label><select id="${fid}" name="${field.name}" multiple size="6" aria-describedby="${describedBy}">
          ${nodesOf(field.pick).map((n) => `<option value="${escapeHtml(n.id)}"${chosen.has(n.id) ? ' selected' : ''}>${escapeHtml(n.name)}</option>`).join('')}</select>
          <span class="help small muted">Ctrl or ⌘ to choose several.</span>${help}${error}</div>`;
      }
      case 'pick': {
        const node = nodesOf(field.pick).find((n) => n.id === value);
        return `<div class="field"><label for="${fid}">${label}</label><input id="${fid}" name="${field.name}" list="edit-list-${field.pick.join('-')}" autocomplete="off"${required}${locked}
          value="${escapeHtml(node ? `${node.name} (${node.id})` : value || '')}" placeholder="Type to search by name" aria-describedby="${describedBy}">${help}${error}</div>`;
      }
      case 'textarea':
        return `<div class="field"><label for="${fid}">${label}</label><textarea id="${fid}" name="${field.name}" rows="3" aria-describedby="${describedBy}">${escapeHtml(value || '')}</textarea>${help}${error}</div>`;
      default:
        return `<div class="field"><label for="${fid}">${label}</label><input id="${fid}" name="${field.name}" type="${field.type}"${field.type === 'number' ? ' step="any"' : ''}${required}${locked}
          value="${escapeHtml(value ?? '')}" aria-describedby="${describedBy}">${help}${error}</div>`;
    }
  }

  function readForm(kind) {
    const values = {};
    for (const field of forms[kind].fields) {
      const el = $(`edit-${field.name}`);
      if (!el) continue;
      if (field.type === 'checkbox') values[field.name] = el.checked;
      else if (field.type === 'multi') values[field.name] = [...el.selectedOptions].map((o) => o.value);
      else if (field.type === 'pick') values[field.name] = pickedId(el.value, nodesOf(field.pick));
      else values[field.name] = el.value;
    }
    return values;
  }

  function datalists(kind) {
    const lists = new Set(forms[kind].fields.filter((f) => f.type === 'pick').map((f) => f.pick.join('-')));
    return [...lists].map((key) => `<datalist id="edit-list-${key}">${nodesOf(key.split('-')).map((n) => `<option value="${escapeHtml(`${n.name} (${n.id})`)}"></option>`).join('')}</datalist>`).join('');
  }

  function open(kind, mode, entry = {}, { focus } = {}) {
    current = { kind, mode, opened: entry, revision: entry.revision || null };
    const values = toForm(kind, entry);
    const form = forms[kind];
    const what = entry.name || (kind === 'TIE' && entry.from ? `${entry.from.name || entry.from} – ${entry.to?.name || entry.to}` : kind === 'MEASUREMENT' && entry.date ? entry.date : '');
    const title = mode === 'create' ? `Add ${/^[aeiou]/.test(form.noun) ? 'an' : 'a'} ${form.noun}` : mode === 'propose' ? `Propose a change: ${what || form.noun}` : `Edit ${form.noun}${what ? `: ${what}` : ''}`;
    $('edit-title').textContent = title;
    $('edit-note').textContent = mode === 'propose'
      ? 'The backbone reads your proposal and accepts or rejects it; nothing changes until then.'
      : mode === 'update' ? 'Saving replaces the entry with what is here. Fields marked * are required.' : 'Fields marked * are required.';
    $('edit-fields').innerHTML = form.fields.filter((f) => !(mode === 'propose' && f.name === 'email' && !values.email && entry.id)).map((f) => fieldHtml(f, values[f.name])).join('') + datalists(kind);
    $('edit-problems').hidden = true;
    $('edit-conflict').hidden = true;
    $('edit-delete').hidden = mode !== 'update';
    $('edit-save').textContent = mode === 'propose' ? 'Send proposal' : 'Save';
    if (mode === 'create' && $('edit-id')) {
      $('edit-name').addEventListener('input', () => {
        if (!$('edit-id').dataset.touched) $('edit-id').value = suggestId(kind, $('edit-name').value);
      });
      $('edit-id').addEventListener('input', () => { $('edit-id').dataset.touched = '1'; });
    }
    $('edit-dialog').showModal();
    (focus && $(`edit-${focus}`) ? $(`edit-${focus}`) : $('edit-fields').querySelector('input:not([readonly]), select, textarea'))?.focus();
  }

  function showProblems(kind, errors) {
    for (const el of $('edit-fields').querySelectorAll('.field-error')) { el.hidden = true; el.textContent = ''; }
    for (const el of $('edit-fields').querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
    const problems = errors.flatMap((e) => e.extensions?.problems || [{ path: '', message: e.message }]);
    const unplaced = [];
    let first = null;
    for (const p of problems) {
      const field = fieldOf(kind, p.path);
      const error = field && $(`edit-${field}-error`);
      if (error) {
        error.textContent = error.textContent ? `${error.textContent} ${p.message}` : p.message;
        error.hidden = false;
        $(`edit-${field}`).setAttribute('aria-invalid', 'true');
        first ||= $(`edit-${field}`);
      } else unplaced.push(p.message);
    }
    $('edit-problems').innerHTML = `<strong>Not saved.</strong> ${escapeHtml(unplaced.join(' ') || 'See the fields marked below.')}`;
    $('edit-problems').hidden = false;
    (first || $('edit-problems')).focus();
  }

  async function readEntry(kind, key) {
    if (kind === 'TIE') {
      const { data } = await gql('query EditTie($node: [ID!], $type: [TieType!]) { ties(node: $node, type: $type, first: 1000) { items { from { id } to { id } type weight since until revision } } }', { node: [key.from], type: [key.type] });
      return data?.ties.items.find((t) => [t.from.id, t.to.id].sort().join() === [key.from, key.to].sort().join() || (t.from.id === key.from && t.to.id === key.to)) || null;
    }
    if (kind === 'MEASUREMENT') {
      const { data } = await gql('query EditMeasurement($id: ID!) { node(id: $id) { ... on Indicator { measurements(first: 1000) { items { date value reportedBy { id } revision } } } } }', { id: key.indicator });
      const found = data?.node?.measurements.items.find((m) => m.date === key.date);
      return found ? { ...found, indicator: key.indicator } : null;
    }
    const { data } = await gql(`query EditEntry($id: ID!) { node(id: $id) { ... on ${forms[kind].mutation} { ${forms[kind].read} } } }`, { id: key });
    return data?.node?.id ? data.node : null;
  }

  async function save(event, { reapply = false } = {}) {
    event?.preventDefault();
    const { kind, mode } = current;
    const input = toInput(kind, readForm(kind));
    const m = forms[kind].mutation;
    const operation = mode === 'propose' ? (kind === 'PERSON' ? 'proposePersonChange' : 'proposeOrganizationChange')
      : kind === 'TIE' ? 'addTie' : kind === 'MEASUREMENT' ? 'recordMeasurement' : `${mode}${m}`;
    const guarded = mode !== 'propose' && mode !== 'create' || kind === 'TIE' || kind === 'MEASUREMENT';
    const query = `mutation EditSave($input: ${m}Input!${guarded ? ', $ifRevision: String' : ''}) { ${operation}(input: $input${guarded ? ', ifRevision: $ifRevision' : ''}) { __typename } }`;
    $('edit-save').disabled = true;
    try {
      const { data, errors } = await gqlWrite(query, { input, ...(guarded ? { ifRevision: current.revision } : {}) });
      if (!data?.[operation]) {
        if (errors.some((e) => e.extensions?.code === 'CONFLICT')) await showConflict(kind, input);
        else showProblems(kind, errors);
        return;
      }
      $('edit-dialog').close();
      const name = input.name || (kind === 'TIE' ? 'the tie' : 'the measurement');
      announce(mode === 'propose' ? `Your proposal about ${name} was sent to the backbone.` : `${reapply ? 'Reapplied and saved' : 'Saved'}: ${name}.`);
      if (mode !== 'propose') await followChange(input.id || input.from || input.indicator);
      await refreshUndo();
    } finally {
      $('edit-save').disabled = false;
    }
  }

  async function showConflict(kind, mine) {
    const key = kind === 'TIE' ? { from: mine.from, to: mine.to, type: mine.type } : kind === 'MEASUREMENT' ? { indicator: mine.indicator, date: mine.date } : mine.id;
    const now = await readEntry(kind, key);
    const changed = now ? differences(kind, current.opened, now) : [];
    $('edit-conflict').innerHTML = now
      ? `<p><strong>Someone changed this ${forms[kind].noun} since you opened it.</strong> Nothing was saved. What changed meanwhile:</p>
        <table><thead><tr><th scope="col">Field</th><th scope="col">When you opened it</th><th scope="col">Now</th></tr></thead><tbody>
        ${changed.map((c) => `<tr><td>${escapeHtml(c.label)}</td><td>${escapeHtml(c.then) || '<span class="muted">empty</span>'}</td><td>${escapeHtml(c.now) || '<span class="muted">empty</span>'}</td></tr>`).join('') || '<tr><td colspan="3">Nothing you can see here (a field this form does not show).</td></tr>'}</tbody></table>
        <menu><button type="button" id="edit-reapply" class="primary">Save my version over theirs</button><button type="button" id="edit-reload">Start again from theirs</button></menu>`
      : `<p><strong>This ${forms[kind].noun} was deleted since you opened it.</strong> Nothing was saved.</p>`;
    $('edit-conflict').hidden = false;
    $('edit-conflict').focus();
    $('edit-reapply')?.addEventListener('click', () => {
      current.revision = now.revision;
      current.opened = now;
      save(null, { reapply: true });
    });
    $('edit-reload')?.addEventListener('click', () => open(kind, current.mode, now));
  }

  async function remove() {
    const { kind, opened } = current;
    const what = opened.name || forms[kind].noun;
    if (!confirm(`Delete ${what}? Ties to it go too. (To keep its history, set an end date instead.) You can undo it.`)) return;
    const args = kind === 'TIE' ? 'from: $from, to: $to, type: $type' : kind === 'MEASUREMENT' ? 'indicator: $indicator, date: $date' : 'id: $id';
    const types = kind === 'TIE' ? '$from: ID!, $to: ID!, $type: TieType!' : kind === 'MEASUREMENT' ? '$indicator: ID!, $date: Date!' : '$id: ID!';
    const operation = kind === 'TIE' ? 'removeTie' : kind === 'MEASUREMENT' ? 'removeMeasurement' : `delete${forms[kind].mutation}`;
    const values = toForm(kind, opened);
    const { data, errors } = await gqlWrite(`mutation EditDelete(${types}, $ifRevision: String) { ${operation}(${args}, ifRevision: $ifRevision) { version } }`,
      { id: opened.id, from: values.from, to: values.to, type: values.type, indicator: values.indicator, date: values.date, ifRevision: current.revision });
    if (!data?.[operation]) {
      if (errors.some((e) => e.extensions?.code === 'CONFLICT')) await showConflict(kind, toInput(kind, values));
      else showProblems(kind, errors);
      return;
    }
    $('edit-dialog').close();
    announce(`Deleted: ${what}.`);
    await followChange(null);
    await refreshUndo();
  }

  async function refreshUndo() {
    if (viewer.role !== 'backbone') return;
    const { data } = await gql('{ lastChange { description at } changeProposals(status: PENDING) { id } }');
    const last = data?.lastChange;
    $('undo-button').disabled = !last;
    $('undo-button').title = last ? `Undo: ${last.description}` : 'Nothing of yours to undo';
    $('undo-button').setAttribute('aria-label', last ? `Undo: ${last.description}` : 'Undo (nothing of yours to undo)');
    const count = data?.changeProposals?.length || 0;
    $('proposals-button').hidden = count === 0;
    $('proposals-button').textContent = `Proposals (${count})`;
  }

  async function undo() {
    const { data, errors } = await gqlWrite('mutation Undo { undoLastChange { undone version ids } }');
    if (!data?.undoLastChange) {
      announce(errors.map((e) => e.message).join(' '), true);
      return;
    }
    announce(`Undone: ${data.undoLastChange.undone}.`);
    await followChange(data.undoLastChange.ids.find((id) => state.graph?.hasNode(id)) || null);
    await refreshUndo();
  }

  async function history(id, holder) {
    const { data, errors } = await gql('query History($id: ID!) { history(id: $id, first: 20) { at actorName operation changes } }', { id });
    if (!data) { holder.innerHTML = `<p class="muted">${escapeHtml(errors[0]?.message || 'No history.')}</p>`; return; }
    holder.innerHTML = data.history.length ? `<ol class="history">${data.history.map((h) => {
      const fields = h.changes?.fields ? Object.entries(h.changes.fields).map(([f, c]) => `${escapeHtml(f)}: ${escapeHtml(JSON.stringify(c.from ?? null))} → ${escapeHtml(JSON.stringify(c.to ?? null))}`).join('; ') : '';
      return `<li><time datetime="${h.at}">${new Date(h.at).toLocaleString('en-GB')}</time> · ${escapeHtml(h.actorName)} · ${escapeHtml(h.operation)}${fields ? `<br><span class="small">${fields}</span>` : ''}${h.changes?.undone ? `<br><span class="small">undid: ${escapeHtml(h.changes.undone)}</span>` : ''}</li>`;
    }).join('')}</ol>` : '<p class="muted">No recorded change (it came with an import or before the audit log).</p>';
  }

  async function proposals() {
    const { data } = await gql(`{ changeProposals(status: PENDING) { id kind organization proposedBy proposedAt
      organizationChange { id name sector communityLed } personChange { id name role communityMember organization { id } } } }`);
    const list = data?.changeProposals || [];
    $('proposals-list').innerHTML = list.length ? list.map((p) => {
      const entry = p.organizationChange || p.personChange;
      const org = state.network.organizations.find((o) => o.id === p.organization)?.name || p.organization;
      return `<li data-id="${escapeHtml(p.id)}"><strong>${escapeHtml(org)}</strong> proposes ${p.kind === 'PERSON' ? 'a person' : 'its details'}: <em>${escapeHtml(entry?.name || '')}</em>
        <span class="small muted">(${escapeHtml(p.proposedBy)}, ${new Date(p.proposedAt).toLocaleDateString('en-GB')})</span>
        <pre class="small">${escapeHtml(JSON.stringify(entry, null, 1))}</pre>
        <label>Note (for a rejection) <input class="proposal-note" maxlength="1000"></label>
        <menu><button type="button" class="accept primary">Accept</button><button type="button" class="reject">Reject</button></menu></li>`;
    }).join('') : '<li class="muted">No proposal waiting.</li>';
    $('proposals-dialog').showModal();
  }

  async function decide(item, accept) {
    const id = item.dataset.id;
    const { data, errors } = accept
      ? await gqlWrite('mutation Accept($id: ID!) { acceptChangeProposal(id: $id) { status } }', { id })
      : await gqlWrite('mutation Reject($id: ID!, $note: String) { rejectChangeProposal(id: $id, note: $note) { status } }', { id, note: item.querySelector('.proposal-note').value || null });
    if (!data) {
      item.insertAdjacentHTML('beforeend', `<p class="error" role="alert">${escapeHtml(errors.map((e) => e.message).join(' '))}</p>`);
      return;
    }
    item.remove();
    announce(accept ? 'Proposal accepted and saved.' : 'Proposal rejected.');
    if (accept) await followChange(null);
    await refreshUndo();
  }

  /** The buttons a node's details get: Edit, End, Record a measurement, Propose, History; by role. */
  function detailActions(id, kind) {
    const buttons = [];
    if (viewer.role === 'backbone') {
      buttons.push(`<button type="button" data-edit="${escapeHtml(id)}">Edit</button>`);
      if (kind === 'ACTIVITY' || kind === 'ORGANIZATION' || kind === 'PERSON') buttons.push(`<button type="button" data-end="${escapeHtml(id)}">End…</button>`);
      if (kind === 'INDICATOR') buttons.push(`<button type="button" data-measure="${escapeHtml(id)}">Record a measurement</button>`);
      if (kind !== 'GOAL' && kind !== 'INDICATOR') buttons.push(`<button type="button" data-tie="${escapeHtml(id)}">Add a tie</button>`);
    }
    if (viewer.role === 'partner' && viewer.organization === id) {
      buttons.push(`<button type="button" data-propose="${escapeHtml(id)}">Propose a change</button>`, `<button type="button" data-propose-person="${escapeHtml(id)}">Propose a person</button>`);
    }
    const historyHtml = viewer.role === 'backbone'
      ? `${kind !== 'GOAL' && kind !== 'INDICATOR' ? `<details class="ties-box" data-ties="${escapeHtml(id)}"><summary>Its ties (edit or end one)</summary><div>Loading…</div></details>` : ''}
        ${kind === 'INDICATOR' ? `<details class="measurements-box" data-measurements="${escapeHtml(id)}"><summary>Its measurements (correct one)</summary><div>Loading…</div></details>` : ''}
        <details class="history-box" data-history="${escapeHtml(id)}"><summary>History</summary><div>Loading…</div></details>`
      : '';
    return buttons.length || historyHtml ? `<div class="edit-actions" role="group" aria-label="Change this ${escapeHtml(kindLabels[kind]?.toLowerCase() || 'entry')}">${buttons.join('')}</div>${historyHtml}` : '';
  }

  let shownTies = [];
  async function ties(id, holder) {
    const { data } = await gql('query NodeTies($node: [ID!]) { ties(node: $node, first: 200) { items { from { id name } to { id name } type weight since until revision } } }', { node: [id] });
    shownTies = data?.ties.items || [];
    holder.innerHTML = shownTies.length ? `<ul class="tie-list">${shownTies.map((t, i) => `<li>${escapeHtml(t.from.name)} – ${escapeHtml(t.to.name)}: ${escapeHtml(t.type.toLowerCase().replace('_', ' '))}${t.weight != null ? `, weight ${t.weight}` : ''}${t.until ? `, ended ${t.until}` : ''}
      <button type="button" data-edit-tie="${i}">Edit<span class="sr-only"> the tie ${escapeHtml(t.from.name)} – ${escapeHtml(t.to.name)}</span></button></li>`).join('')}</ul>` : '<p class="muted">No tie.</p>';
  }

  let shownMeasurements = [];
  async function measurements(id, holder) {
    const { data } = await gql('query Measurements($id: ID!) { node(id: $id) { ... on Indicator { unit measurements(first: 1000) { items { date value reportedBy { id name } revision } } } } }', { id });
    shownMeasurements = (data?.node?.measurements.items || []).map((m) => ({ ...m, indicator: id })).sort((a, b) => b.date.localeCompare(a.date));
    holder.innerHTML = shownMeasurements.length ? `<ul class="tie-list">${shownMeasurements.map((m, i) => `<li>${m.date}: ${m.value}${data.node.unit ? ` ${escapeHtml(data.node.unit)}` : ''}${m.reportedBy ? ` (${escapeHtml(m.reportedBy.name)})` : ''}
      <button type="button" data-edit-measurement="${i}">Correct<span class="sr-only"> the measurement of ${m.date}</span></button></li>`).join('')}</ul>` : '<p class="muted">No measurement yet.</p>';
  }

  async function onDetailsClick(event) {
    const button = event.target.closest('button');
    if (!button) return;
    if (button.dataset.editMeasurement) {
      open('MEASUREMENT', 'update', shownMeasurements[Number(button.dataset.editMeasurement)], { focus: 'value' });
      return;
    }
    if (button.dataset.editTie) {
      open('TIE', 'update', shownTies[Number(button.dataset.editTie)], { focus: 'weight' });
      return;
    }
    const target = button.dataset.edit || button.dataset.end;
    if (target) {
      const kind = state.graph?.hasNode(target) ? state.graph.getNodeAttribute(target, 'kind') : null;
      const entry = kind && await readEntry(kind, target);
      if (!entry) { announce('It is no longer in the network.', true); return; }
      const endField = kind === 'ACTIVITY' ? 'end' : 'until';
      if (button.dataset.end && !entry[endField]) entry[endField] = new Date().toISOString().slice(0, 10);
      open(kind, 'update', entry, { focus: button.dataset.end ? endField : null });
    } else if (button.dataset.measure) {
      open('MEASUREMENT', 'create', { indicator: button.dataset.measure, date: new Date().toISOString().slice(0, 10) }, { focus: 'value' });
    } else if (button.dataset.tie) {
      open('TIE', 'create', { from: button.dataset.tie, type: 'COLLABORATES' }, { focus: 'to' });
    } else if (button.dataset.propose) {
      open('ORGANIZATION', 'propose', await readEntry('ORGANIZATION', button.dataset.propose));
    } else if (button.dataset.proposePerson) {
      open('PERSON', 'propose', { organization: button.dataset.proposePerson });
      current.opened = {};
    }
  }

  async function start() {
    const { data } = await gql('{ viewer { role organization } }').catch(() => ({ data: null }));
    Object.assign(viewer, data?.viewer || {});
    const backbone = viewer.role === 'backbone' && !state.sharedView;
    $('add-button').hidden = !backbone;
    $('undo-button').hidden = !backbone;
    if (backbone) await refreshUndo();
  }

  $('edit-form').addEventListener('submit', (event) => save(event));
  $('edit-cancel').addEventListener('click', () => $('edit-dialog').close());
  $('edit-delete').addEventListener('click', remove);
  $('add-button').addEventListener('click', () => $('add-dialog').showModal());
  $('add-form').addEventListener('submit', (event) => {
    const kind = event.submitter?.value;
    if (kind && forms[kind]) setTimeout(() => open(kind, 'create', kind === 'TIE' ? { type: 'COLLABORATES' } : kind === 'MEASUREMENT' ? { date: new Date().toISOString().slice(0, 10) } : {}), 0);
  });
  $('undo-button').addEventListener('click', undo);
  $('proposals-button').addEventListener('click', proposals);
  $('proposals-list').addEventListener('click', (event) => {
    const item = event.target.closest('li[data-id]');
    if (event.target.closest('.accept')) decide(item, true);
    if (event.target.closest('.reject')) decide(item, false);
  });
  $('tab-details').addEventListener('click', onDetailsClick);
  $('tab-details').addEventListener('toggle', (event) => {
    const box = event.target.closest?.('details[data-history], details[data-ties], details[data-measurements]');
    if (box?.open && box.dataset.history) history(box.dataset.history, box.querySelector('div'));
    if (box?.open && box.dataset.measurements) measurements(box.dataset.measurements, box.querySelector('div'));
    if (box?.open && box.dataset.ties) ties(box.dataset.ties, box.querySelector('div'));
  }, true);

  return { start, detailActions, open, viewer, refreshUndo };
}
