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

/** The headers that carry the key: both spellings the API accepts, so either auth scheme finds it. */
export function authHeaders() {
  const key = getApiKey();
  return key ? { Authorization: `Bearer ${key}`, 'X-Api-Key': key } : {};
}
