// A small GraphQL client for POST /graphql: the page is an ordinary client of the public API.
import { authHeaders } from './auth.js';

export const endpoint = new URL('graphql', document.baseURI).toString();

/** Raised when the API wants a key (HTTP 401/403 before execution, or an UNAUTHENTICATED error). */
export class AuthRequiredError extends Error {
  constructor(message) {
    super(message || 'This API needs an API key.');
    this.name = 'AuthRequiredError';
  }
}

/** Raised when a request fails outright: transport errors, or errors and no data at all. */
export class GraphQLRequestError extends Error {
  constructor(message, errors) {
    super(message);
    this.name = 'GraphQLRequestError';
    this.errors = errors || [];
  }
}

const authCodes = new Set(['UNAUTHENTICATED', 'UNAUTHORIZED', 'AUTH_REQUIRED', 'INVALID_API_KEY']);

/**
 * {@link gql} for writes whose refusal the caller shows itself (problems at their fields, a conflict): a request
 * answered with errors and no data returns { data: null, errors } instead of throwing.
 */
export async function gqlWrite(query, variables = {}, options = {}) {
  try {
    return await gql(query, variables, options);
  } catch (e) {
    if (e instanceof GraphQLRequestError && e.errors.length) return { data: null, errors: e.errors };
    throw e;
  }
}

export function errorCode(error) {
  return error?.extensions?.code || '';
}

export function isForbidden(error) {
  return errorCode(error) === 'FORBIDDEN';
}

/**
 * Runs one operation. Returns { data, errors } so callers can use partial data: a `dashboard` key gets
 * people fields refused with FORBIDDEN while the rest of the answer is still there. `key` sends that key instead of
 * the tab's (a survey link's, which must not replace a backbone key kept in the same tab).
 */
export async function gql(query, variables = {}, { key, attempt = 0 } = {}) {
  let response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/graphql-response+json, application/json',
        ...(key ? { Authorization: `Bearer ${key}` } : authHeaders()),
      },
      body: JSON.stringify({ query, variables }),
    });
  } catch (e) {
    throw new GraphQLRequestError(`The API at ${endpoint} cannot be reached (${e.message}).`);
  }
  if (response.status === 401) throw new AuthRequiredError();
  if ((response.status === 429 || response.status === 503) && attempt < 3) {
    // Rate limited (429) or the analysis queue is full (503): wait as told (Retry-After, seconds), then try again.
    const seconds = Math.min(Number(response.headers.get('Retry-After')) || 1, 10);
    await new Promise((r) => setTimeout(r, seconds * 1000));
    return gql(query, variables, { key, attempt: attempt + 1 });
  }
  let body;
  try {
    body = await response.json();
  } catch {
    if (response.status === 403) throw new AuthRequiredError('This API key may not use the API.');
    throw new GraphQLRequestError(`The API answered ${response.status} without a GraphQL response.`);
  }
  const errors = body.errors || [];
  if (errors.some((e) => authCodes.has(errorCode(e)))) {
    throw new AuthRequiredError(errors.find((e) => authCodes.has(errorCode(e))).message);
  }
  // A role may be refused some fields (a dashboard key: everything about people). The API refuses such a request
  // whole (403, FORBIDDEN, no data); the caller decides what to show without it.
  if (!body.data && errors.length && errors.every(isForbidden)) return { data: null, errors };
  if (response.status === 403 && !body.data) throw new AuthRequiredError(errors[0]?.message);
  if (!body.data) {
    const message = errors.map((e) => `${errorCode(e) || 'ERROR'}: ${e.message}`).join('; ');
    throw new GraphQLRequestError(message || `The API answered ${response.status} with no data.`, errors);
  }
  return { data: body.data, errors };
}

/** The committed SDL served beside the page (schema.graphql), or null when it is not there. */
export async function fetchSchemaText() {
  try {
    const response = await fetch(new URL('schema.graphql', document.baseURI));
    return response.ok ? await response.text() : null;
  } catch {
    return null;
  }
}

/** The field names of `type Query` in SDL text (the committed schema.graphql is regular: two-space indents). */
export function queryFieldsOf(sdl) {
  const body = sdl.match(/^type Query \{([\s\S]*?)^\}/m)?.[1] || '';
  return new Set([...body.matchAll(/^ {2}(\w+)[(:]/gm)].map((m) => m[1]));
}

/** The page size GitHub's API allows; used when the API states none. */
const fallbackPageSize = 100;

/**
 * How many items the page asks per page: the largest `first` the API accepts, as its schema states it on every
 * connection ("at most N (more fails with INVALID_ARGUMENT)"). Reading a 5,000-node network at 1,000 per page takes
 * a few dozen requests instead of a few hundred. Lowered at run time if the API refuses it (a server configured
 * below what its published schema says).
 */
export const paging = { size: fallbackPageSize };

/** The maximum page size stated in a `first` argument's description, or null. */
export function maxPageSizeOf(text) {
  const size = Number(text?.match(/at most (\d+) \(more fails with INVALID_ARGUMENT\)/)?.[1]);
  return Number.isInteger(size) && size > 0 ? size : null;
}

/**
 * The names of the Query type's fields, so the page uses analysis fields only where the API has them, and the
 * page size: from the served schema.graphql (introspection may be turned off on the server), else by introspection.
 */
export async function queryFieldNames() {
  const sdl = await fetchSchemaText();
  if (sdl) {
    paging.size = maxPageSizeOf(sdl) ?? fallbackPageSize;
    return queryFieldsOf(sdl);
  }
  const { data } = await gql('query QueryFields { __schema { queryType { fields { name args { name description } } } } }');
  const fields = data.__schema.queryType.fields;
  const first = fields.flatMap((f) => f.args).find((a) => a.name === 'first' && maxPageSizeOf(a.description));
  paging.size = maxPageSizeOf(first?.description) ?? fallbackPageSize;
  return new Set(fields.map((f) => f.name));
}

/** The maximum an INVALID_ARGUMENT on `first` names ("first: must be between 0 and N …"), or null for other errors. */
function refusedPageSize(errors) {
  const error = errors.find((e) => errorCode(e) === 'INVALID_ARGUMENT' && /^first:/.test(e.message || ''));
  if (!error) return null;
  const size = Number(error.message.match(/between 0 and (\d+)/)?.[1]);
  return Number.isInteger(size) && size > 0 && size < paging.size ? size : fallbackPageSize;
}

/**
 * Follows a connection page by page from `variables.after` (or the start): `query` takes `$first` and `$after`,
 * `pick(data)` returns the connection (null when it is missing). Calls `onPage(connection, errors)` for each page, or `onMissing(errors)` when the connection
 * is not there (refused, or an error), which ends the walk.
 */
export async function walkPages(query, variables, pick, { onPage, onMissing }) {
  let after = variables.after ?? null;
  for (;;) {
    const size = paging.size;
    const { data, errors } = await gql(query, { ...variables, first: size, after });
    const connection = data ? pick(data) : null;
    if (!connection) {
      const smaller = refusedPageSize(errors);
      if (smaller && smaller < size) {
        paging.size = smaller;
        continue;
      }
      onMissing(errors);
      return;
    }
    onPage(connection, errors);
    if (!connection.pageInfo.hasNextPage) return;
    after = connection.pageInfo.endCursor;
  }
}

/**
 * Every item of a connection, following endCursor: `query` takes `$first` and `$after`, `pick(data)` returns the
 * connection. Items the key may not see come back null (FORBIDDEN) and are left out.
 */
export async function readAllPages(query, variables, pick) {
  const items = [];
  await walkPages(query, variables, pick, {
    onPage: (connection) => items.push(...(connection.items || connection.edges || []).filter(Boolean)),
    onMissing: (errors) => {
      throw new Error(errors.map((e) => `${errorCode(e)}: ${e.message}`).join('; ') || 'no data');
    },
  });
  return items;
}
