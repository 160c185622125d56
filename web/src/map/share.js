// Share links (issue 17, item 4; docs/security.md, "Share links"): the backbone makes a read-only link to the map
// view on screen, at the dashboard level or a partner's, that expires; whoever opens it sees that view with no key.
// Listed with their expiry, and revoked from the same dialog. An ordinary client of createShareLink, shareLinks and
// revokeApiKey.
import { gql, gqlWrite } from '../lib/api.js';
import { escapeHtml as escape } from '../lib/html.js';

const $ = (id) => document.getElementById(id);

/** The full address of a link from the path the API gives (`/?asOf=…#share=…`). */
export function linkAddress(path) {
  return new URL(path.replace(/^\//, ''), document.baseURI).toString();
}

async function listLinks() {
  const list = $('share-links');
  const { data, errors } = await gql('{ shareLinks { id name role organization createdAt expiresAt revokedAt view } }');
  if (!data) {
    list.innerHTML = `<p class="error">${escape(errors?.[0]?.message || 'The links could not be listed.')}</p>`;
    return;
  }
  const now = Date.now();
  const rows = data.shareLinks.map((l) => {
    const state = l.revokedAt ? 'revoked' : Date.parse(l.expiresAt) <= now ? 'expired' : `until ${l.expiresAt.slice(0, 10)}`;
    const live = !l.revokedAt && Date.parse(l.expiresAt) > now;
    return `<li><strong>${escape(l.name)}</strong> <span class="small muted">${escape(l.role.toLowerCase())}${l.organization ? ` (${escape(l.organization)})` : ''}, ${state}${l.view ? `, ${escape(l.view)}` : ''}</span>
      ${live ? `<button type="button" class="revoke-link" data-id="${escape(l.id)}">Revoke</button>` : ''}</li>`;
  }).join('');
  list.innerHTML = rows ? `<ul class="share-list">${rows}</ul>` : '<p class="small muted">No links yet.</p>';
}

async function createLink() {
  const out = $('share-result');
  const role = $('share-role').value;
  const variables = {
    role,
    label: $('share-label').value.trim() || 'Shared view',
    organization: role === 'PARTNER' ? $('share-organization').value.trim() || null : null,
    expiresInDays: Number($('share-days').value) || 30,
    view: location.search || null,
  };
  const { data, errors } = await gqlWrite(`mutation($role: Role!, $label: String!, $organization: ID, $expiresInDays: Int!, $view: String) {
    createShareLink(role: $role, label: $label, organization: $organization, expiresInDays: $expiresInDays, view: $view) { path link { id expiresAt } } }`, variables);
  if (!data?.createShareLink) {
    out.innerHTML = `<p class="error">${escape(errors?.[0]?.message || 'The link could not be made.')}</p>`;
    return;
  }
  const address = linkAddress(data.createShareLink.path);
  out.innerHTML = `<label>The link (shown this once; anyone who has it can read this view until ${escape(data.createShareLink.link.expiresAt.slice(0, 10))})
    <input id="share-address" readonly value="${escape(address)}"></label>
    <button type="button" id="share-copy">Copy</button> <span id="share-copied" class="small" role="status"></span>`;
  $('share-copy').addEventListener('click', async () => {
    $('share-address').select();
    try {
      await navigator.clipboard.writeText(address);
      $('share-copied').textContent = 'Copied.';
    } catch {
      $('share-copied').textContent = 'Selected: copy it with Ctrl+C.';
    }
  });
  await listLinks();
}

/** Wires the toolbar's Share… button and its dialog (backbone keys; other keys are told why not by the API). */
export function setupShare() {
  $('share-button').addEventListener('click', async () => {
    $('share-result').innerHTML = '';
    $('share-view').textContent = location.search ? location.search : 'the map as it opens (today)';
    $('share-dialog').showModal();
    await listLinks();
  });
  $('share-role').addEventListener('change', () => {
    $('share-organization-label').hidden = $('share-role').value !== 'PARTNER';
  });
  $('share-create').addEventListener('click', createLink);
  $('share-links').addEventListener('click', async (event) => {
    const button = event.target.closest('.revoke-link');
    if (!button) return;
    button.disabled = true;
    await gql('mutation($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }', { id: button.dataset.id });
    await listLinks();
  });
}
