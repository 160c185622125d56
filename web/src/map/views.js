// Saved views (issue 17, item 4; docs/web.md, "Views and links"): a name for the view on screen (its address: date,
// filters, focus, camera, tab, tables; view-state.js), kept in this browser, opened again from the list or sent as a
// link. The link opens the view for anyone with a key; Share… makes one that needs no key.
import { escapeHtml as escape } from '../lib/html.js';

const $ = (id) => document.getElementById(id);
const storageKey = 'ci-graph.views';

/** The saved views, newest first: [{ name, search, savedAt }]. A damaged store reads as none. */
export function savedViews(storage = localStorage) {
  try {
    const views = JSON.parse(storage.getItem(storageKey) || '[]');
    return Array.isArray(views) ? views.filter((v) => typeof v?.name === 'string' && typeof v?.search === 'string') : [];
  } catch {
    return [];
  }
}

/** Saves a view under a name (a view of the same name is replaced); returns the list. */
export function saveView(name, search, storage = localStorage, now = new Date()) {
  const clean = name.trim().slice(0, 120);
  if (!clean) throw new Error('Give the view a name.');
  const views = [{ name: clean, search, savedAt: now.toISOString() }, ...savedViews(storage).filter((v) => v.name !== clean)].slice(0, 100);
  storage.setItem(storageKey, JSON.stringify(views));
  return views;
}

export function deleteView(name, storage = localStorage) {
  const views = savedViews(storage).filter((v) => v.name !== name);
  storage.setItem(storageKey, JSON.stringify(views));
  return views;
}

const addressOf = (search) => new URL(search || '.', document.baseURI).toString().replace(/\/\.$/, '/');

function renderList() {
  const views = savedViews();
  $('views-list').innerHTML = views.length
    ? `<ul class="share-list">${views.map((v) => `<li><a href="${escape(addressOf(v.search))}">${escape(v.name)}</a>
        <span class="small muted">saved ${escape(v.savedAt.slice(0, 10))}</span>
        <button type="button" class="copy-view" data-search="${escape(v.search)}">Copy link</button>
        <button type="button" class="delete-view" data-name="${escape(v.name)}">Delete</button></li>`).join('')}</ul>`
    : '<p class="small muted">No saved views yet.</p>';
}

async function copy(text, note) {
  try {
    await navigator.clipboard.writeText(text);
    note.textContent = 'Link copied.';
  } catch {
    note.textContent = `Copy this link: ${text}`;
  }
}

export function setupViews() {
  $('views-button').addEventListener('click', () => {
    $('views-note').textContent = '';
    $('view-address').value = location.href;
    renderList();
    $('views-dialog').showModal();
  });
  $('view-save').addEventListener('click', () => {
    try {
      saveView($('view-name').value, location.search);
      $('views-note').textContent = `Saved “${$('view-name').value.trim()}”.`;
      $('view-name').value = '';
      renderList();
    } catch (e) {
      $('views-note').textContent = e.message;
    }
  });
  $('view-copy').addEventListener('click', () => copy(location.href, $('views-note')));
  $('views-list').addEventListener('click', (event) => {
    const copyButton = event.target.closest('.copy-view');
    if (copyButton) copy(addressOf(copyButton.dataset.search), $('views-note'));
    const remove = event.target.closest('.delete-view');
    if (remove) {
      deleteView(remove.dataset.name);
      renderList();
    }
  });
}
