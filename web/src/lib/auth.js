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
