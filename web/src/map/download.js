// The network as a file for other tools (issue 16; docs/exports.md): GET /export/graph.{gexf|graphml} with the tab's
// key, as of the map's date, saved under the name the service gives. The page is an ordinary client of that endpoint.
import { authHeaders } from '../lib/auth.js';
import { mapSvg, saveBlob, svgToPng } from './picture.js';
import { asOf, writtenDate } from './time.js';

const $ = (id) => document.getElementById(id);

/** The export's address for these choices (the map's date unless it is today, which is the endpoint's default). */
export function exportAddress({ projection, format, measures }, date = asOf) {
  const url = new URL(`export/graph.${format}`, document.baseURI);
  url.searchParams.set('projection', projection);
  if (!date.isToday) url.searchParams.set('asOf', date.date);
  if (measures.length > 0) url.searchParams.set('measures', measures.join(','));
  return url.toString();
}

/** The file name from a Content-Disposition header, or the fallback. */
export function fileNameOf(disposition, fallback) {
  const match = /filename="?([^";]+)"?/i.exec(disposition || '');
  return match ? match[1] : fallback;
}

function choices() {
  const form = new FormData($('download-form'));
  return {
    projection: $('download-projection').value,
    format: $('download-format').value,
    measures: form.getAll('download-measure'),
  };
}

function showError(message) {
  const error = $('download-error');
  error.textContent = message;
  error.hidden = false;
}

/**
 * Fetches an export with the tab's key and saves it under the name the service gives (`fallback` otherwise).
 * Returns the name saved; throws an Error whose message is the service's reason (its problem's detail) when refused.
 */
export async function saveExport(address, fallback) {
  let response;
  try {
    response = await fetch(address, { headers: authHeaders() });
  } catch (e) {
    throw new Error(`The service cannot be reached (${e.message}).`);
  }
  if (!response.ok) {
    // The endpoints answer problems as application/problem+json with a detail naming what is wrong.
    const problem = await response.json().catch(() => null);
    throw new Error(problem?.detail || `The download failed (HTTP ${response.status}).`);
  }
  const name = fileNameOf(response.headers.get('Content-Disposition'), fallback);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
  return name;
}

/** The address of a findings table (gaps, overlaps, reinforcement, brokerage) as of the map's date. */
export function findingsAddress(finding, format, date = asOf) {
  const url = new URL(`export/${finding}.${format}`, document.baseURI);
  if (!date.isToday) url.searchParams.set('asOf', date.date);
  return url.toString();
}

async function download(event) {
  if (event.submitter?.value !== 'download') return;
  event.preventDefault();
  const chosen = choices();
  const button = event.submitter;
  button.disabled = true;
  $('download-error').hidden = true;
  try {
    const name = await saveExport(exportAddress(chosen), `network.${chosen.format}`);
    $('download-dialog').close();
    $('map-status').textContent = `Saved ${name}.`;
  } catch (e) {
    showError(e.message);
  } finally {
    button.disabled = false;
  }
}

/** The buttons a findings panel shows to save its table (see panels.js). */
export function findingsButtons(finding) {
  return `<p class="downloads small">Save this list for a report:
    <button type="button" class="download-findings" data-finding="${finding}" data-format="xlsx">Excel</button>
    <button type="button" class="download-findings" data-finding="${finding}" data-format="csv">CSV</button>
    <span class="download-note" role="status"></span></p>`;
}

async function downloadFindings(button) {
  const note = button.parentElement.querySelector('.download-note');
  const { finding, format } = button.dataset;
  button.disabled = true;
  try {
    const name = await saveExport(findingsAddress(finding, format), `${finding}.${format}`);
    note.textContent = `Saved ${name}.`;
  } catch (e) {
    note.textContent = e.message;
  } finally {
    button.disabled = false;
  }
}

/** The address of the whole network's workbook (xlsx) or CSV files (zip), as of the map's date. */
export function workbookAddress(format, date = asOf) {
  const url = new URL(`export/network.${format}`, document.baseURI);
  if (!date.isToday) url.searchParams.set('asOf', date.date);
  return url.toString();
}

async function downloadWorkbook(button) {
  button.disabled = true;
  $('download-error').hidden = true;
  try {
    const name = await saveExport(workbookAddress(button.dataset.format), `network.${button.dataset.format}`);
    $('download-dialog').close();
    $('map-status').textContent = `Saved ${name}.`;
  } catch (e) {
    showError(e.message);
  } finally {
    button.disabled = false;
  }
}

/** Saves the map as it is on screen as SVG or PNG (picture.js). */
async function downloadPicture(button, state) {
  if (!state?.renderer) {
    showError('The map is not drawn yet.');
    return;
  }
  const title = `${document.getElementById('initiative-name').textContent} — as of ${asOf.date}`;
  const svg = mapSvg(state, { title });
  const name = `network-map-${asOf.date}.${button.dataset.format}`;
  try {
    const blob = button.dataset.format === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : await svgToPng(svg);
    saveBlob(blob, name);
    $('download-dialog').close();
    $('map-status').textContent = `Saved ${name}.`;
  } catch (e) {
    showError(e.message);
  }
}

/** Wires the toolbar's Download… button and its dialog; `state` is the map's (for the picture of the view). */
export function setupDownload(state) {
  $('download-button').addEventListener('click', () => {
    $('download-as-of').textContent = writtenDate(asOf.date);
    $('download-error').hidden = true;
    $('download-dialog').showModal();
  });
  $('download-form').addEventListener('submit', download);
  document.addEventListener('click', (event) => {
    const button = event.target.closest('.download-findings');
    if (button) downloadFindings(button);
    const workbook = event.target.closest('.download-workbook');
    if (workbook) downloadWorkbook(workbook);
    const picture = event.target.closest('.download-picture');
    if (picture) downloadPicture(picture, state);
  });
}
