// Spreadsheets in (issue 16; docs/spreadsheets.md): the Import… dialog sends the chosen file to POST /import
// with the tab's key, first as a dry run, and shows what would be added, changed and removed, or every problem by
// sheet, row and column. Only then does "Import" write it. The page is an ordinary client of that endpoint.
import { authHeaders } from '../lib/auth.js';
import { saveExport } from './download.js';
import { escapeHtml as escape } from '../lib/html.js';

const $ = (id) => document.getElementById(id);

const kinds = [
  ['initiative', 'Initiative'], ['goals', 'Goals'], ['indicators', 'Indicators'], ['measurements', 'Measurements'],
  ['organizations', 'Organizations'], ['people', 'People'], ['activities', 'Activities'], ['ties', 'Ties'],
];


/** The import's address for these choices. */
export function importAddress({ mode, dryRun }) {
  const url = new URL('import', document.baseURI);
  url.searchParams.set('mode', mode);
  if (dryRun) url.searchParams.set('dryRun', 'true');
  return url.toString();
}

/**
 * Sends the file; resolves to { ok, status, body } where body is the service's answer (what the import did or would
 * do) or its problem (detail and, for a refused file, the problems by cell). Throws when the service is unreachable.
 */
export async function sendFile(file, choices) {
  const form = new FormData();
  form.append('file', file, file.name);
  let response;
  try {
    response = await fetch(importAddress(choices), { method: 'POST', headers: authHeaders(), body: form });
  } catch (e) {
    throw new Error(`The service cannot be reached (${e.message}).`);
  }
  const body = await response.json().catch(() => null);
  return { ok: response.ok, status: response.status, body };
}

/** The dry run's or import's answer as a table of kinds: added, changed, removed, unchanged. */
export function renderReport(answer) {
  const rows = kinds
    .map(([key, label]) => [label, answer.changes?.[key]])
    .filter(([, c]) => c && c.added + c.changed + c.removed + c.unchanged > 0)
    .map(([label, c]) => `<tr><th scope="row">${label}</th><td>${c.added}</td><td>${c.changed}</td><td>${c.removed}</td><td>${c.unchanged}</td></tr>`)
    .join('');
  const sheets = (answer.sheets || []).filter((s) => s.name !== s.readAs).map((s) => `“${escape(s.name)}” as ${escape(s.readAs)}`);
  const notes = [
    ...(answer.warnings || []).map((w) => `<li class="warning">${escape(w.message)}</li>`),
    ...(answer.ignoredSheets?.length ? [`<li>Sheets left aside (their names are not the workbook's): ${answer.ignoredSheets.map((s) => `“${escape(s)}”`).join(', ')}.</li>`] : []),
    ...(answer.layout === 'kumu' ? ['<li>Read as a Kumu map: element types became kinds, connection types ties (docs/spreadsheets.md, “From Kumu”).</li>'] : []),
    ...(sheets.length && answer.layout !== 'kumu' ? [`<li>Read ${sheets.join(', ')}.</li>`] : []),
  ];
  const unmapped = answer.notes || [];
  const notesList = unmapped.length
    ? `<details class="import-notes small"${answer.dryRun ? ' open' : ''}><summary>${unmapped.length} ${unmapped.length === 1 ? 'row or column' : 'rows or columns'} not mapped (left aside)</summary>
      <ul>${unmapped.map((n) => `<li><code>${escape(n.location)}</code> ${escape(stripLocation(n.message, n.location))}</li>`).join('')}</ul></details>`
    : '';
  const verb = answer.dryRun ? 'would make' : 'made';
  const total = kinds.reduce((sum, [key]) => {
    const c = answer.changes?.[key];
    return sum + (c ? c.added + c.changed + c.removed : 0);
  }, 0);
  if (total === 0) {
    notes.unshift(`<li>${answer.dryRun ? 'Nothing would change' : 'Nothing changed'}: the file holds what the network already holds.</li>`);
  }
  return `<p>${answer.dryRun ? 'Checked: nothing is written yet.' : `Imported: the network is now version ${answer.version}.`} The file ${verb} these changes:</p>
    <table class="import-changes"><thead><tr><th scope="col">Sheet</th><th scope="col">Added</th><th scope="col">Changed</th><th scope="col">Removed</th><th scope="col">Unchanged</th></tr></thead>
    <tbody>${rows || '<tr><td colspan="5">Nothing: the file holds no entries.</td></tr>'}</tbody></table>
    ${notes.length ? `<ul class="small">${notes.join('')}</ul>` : ''}${notesList}`;
}

/** A refused file: the summary, then every problem listed, each beginning with its cell (Organizations!C15). */
export function renderProblems(body, status) {
  const problems = body?.problems || [];
  const omitted = (body?.problemCount || problems.length) - problems.length;
  const items = problems.map((p) => `<li><code>${escape(p.location || '')}</code> ${escape(stripLocation(p.message, p.location))}</li>`).join('');
  return `<p class="error">${escape(body?.detail || `The import failed (HTTP ${status}).`)}</p>
    ${items ? `<ol class="import-problems small">${items}</ol>` : ''}
    ${omitted > 0 ? `<p class="small">and ${omitted} more; fix these and check again.</p>` : ''}
    <p class="small muted">Fix them in the spreadsheet, save it, and check again.</p>`;
}

function stripLocation(message, location) {
  const prefix = `${location}: `;
  return location && message?.startsWith(prefix) ? message.slice(prefix.length) : message;
}

function choices(dryRun) {
  return { mode: $('import-mode').value, dryRun };
}

function reset() {
  $('import-report').innerHTML = '';
  $('import-confirm').disabled = true;
}

async function run(dryRun) {
  const file = $('import-file').files?.[0];
  const report = $('import-report');
  if (!file) {
    report.innerHTML = '<p class="error">Choose a file first: the network workbook (.xlsx), a zip of its CSV files, one sheet as .csv, or a network document (.json).</p>';
    return;
  }
  const check = $('import-check');
  const confirm = $('import-confirm');
  check.disabled = true;
  confirm.disabled = true;
  report.innerHTML = `<p role="status">${dryRun ? 'Checking' : 'Importing'} ${escape(file.name)}…</p>`;
  try {
    const { ok, status, body } = await sendFile(file, choices(dryRun));
    if (!ok) {
      report.innerHTML = renderProblems(body, status);
      return;
    }
    report.innerHTML = renderReport(body);
    if (dryRun) {
      confirm.disabled = false;
    } else {
      $('map-status').textContent = `Imported ${file.name}: network version ${body.version}. Reloading the map…`;
      setTimeout(() => location.reload(), 1500);
    }
  } catch (e) {
    report.innerHTML = `<p class="error">${escape(e.message)}</p>`;
  } finally {
    check.disabled = false;
  }
}

async function downloadTemplate(button) {
  button.disabled = true;
  try {
    const name = await saveExport(new URL('export/template.xlsx', document.baseURI).toString(), 'network-template.xlsx');
    $('import-report').innerHTML = `<p role="status">Saved ${escape(name)}: fill it in, then choose it here.</p>`;
  } catch (e) {
    $('import-report').innerHTML = `<p class="error">${escape(e.message)}</p>`;
  } finally {
    button.disabled = false;
  }
}

/** Wires the toolbar's Import… button and its dialog. */
export function setupUpload() {
  $('import-button').addEventListener('click', () => {
    reset();
    $('import-dialog').showModal();
  });
  $('import-file').addEventListener('change', reset);
  $('import-mode').addEventListener('change', reset);
  $('import-check').addEventListener('click', () => run(true));
  $('import-confirm').addEventListener('click', () => run(false));
  $('import-template').addEventListener('click', (event) => downloadTemplate(event.currentTarget));
}
