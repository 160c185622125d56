// The API key, kept for this browser tab only (sessionStorage): closing the tab forgets it.
const storageKey = 'ci-graph.api-key';

export function getApiKey() {
  try {
    return sessionStorage.getItem(storageKey) || '';
  } catch {
    return '';
  }
}

export function setApiKey(key) {
  const trimmed = (key || '').trim();
  if (trimmed) sessionStorage.setItem(storageKey, trimmed);
  else sessionStorage.removeItem(storageKey);
}

/**
 * The header that carries the key. A bearer token rather than X-Api-Key: the API tells its API keys (by their
 * prefix) from JWTs in a bearer token, so a pasted JWT works too; X-Api-Key would force the API-key scheme.
 */
export function authHeaders() {
  const key = getApiKey();
  return key ? { Authorization: `Bearer ${key}` } : {};
}

const sharedKey = 'ci-graph.shared-view';

/**
 * A share link (`…/?asOf=…#share=<secret>`): its secret becomes this tab's key, and the fragment is taken off the
 * address at once (so it is not bookmarked, copied on or left in the history). Returns true when the page was opened
 * from one. The secret never reaches a server log: browsers do not send fragments.
 */
export function adoptShareLink() {
  const match = /(?:^#|&)share=([^&]+)/.exec(location.hash || '');
  if (!match) return sessionStorage.getItem(sharedKey) === '1';
  setApiKey(decodeURIComponent(match[1]));
  sessionStorage.setItem(sharedKey, '1');
  history.replaceState(null, '', location.pathname + location.search);
  return true;
}

/** True when this tab was opened from a share link (and its key not changed since). */
export function isSharedView() {
  try {
    return sessionStorage.getItem(sharedKey) === '1';
  } catch {
    return false;
  }
}

/** Forgets that the tab came from a share link (a key typed in the key dialog replaces it). */
export function forgetSharedView() {
  sessionStorage.removeItem(sharedKey);
}
