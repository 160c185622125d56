// The network as a file for other tools (issue 16; docs/exports.md): GET /export/graph.{gexf|graphml} with the tab's
// key, as of the map's date, saved under the name the service gives. The page is an ordinary client of that endpoint.
import { authHeaders } from '../lib/auth.js';
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

async function download(event) {
  if (event.submitter?.value !== 'download') return;
  event.preventDefault();
  const chosen = choices();
  const button = event.submitter;
  button.disabled = true;
  $('download-error').hidden = true;
  try {
    let response;
    try {
      response = await fetch(exportAddress(chosen), { headers: authHeaders() });
    } catch (e) {
      showError(`The service cannot be reached (${e.message}).`);
      return;
    }
    if (!response.ok) {
      // The endpoint answers problems as application/problem+json with a detail naming what is wrong.
      const problem = await response.json().catch(() => null);
      showError(problem?.detail || `The download failed (HTTP ${response.status}).`);
      return;
    }
    const name = fileNameOf(response.headers.get('Content-Disposition'), `network.${chosen.format}`);
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
    $('download-dialog').close();
    $('map-status').textContent = `Saved ${name}.`;
  } finally {
    button.disabled = false;
  }
}

/** Wires the toolbar's Download… button and its dialog. */
export function setupDownload() {
  $('download-button').addEventListener('click', () => {
    $('download-as-of').textContent = writtenDate(asOf.date);
    $('download-error').hidden = true;
    $('download-dialog').showModal();
  });
  $('download-form').addEventListener('submit', download);
}
