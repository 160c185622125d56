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

export function errorCode(error) {
  return error?.extensions?.code || '';
}

export function isForbidden(error) {
  return errorCode(error) === 'FORBIDDEN';
}

/**
 * Runs one operation. Returns { data, errors } so callers can use partial data: a `dashboard` key gets
 * people fields refused with FORBIDDEN while the rest of the answer is still there.
 */
export async function gql(query, variables = {}, attempt = 0) {
  let response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/graphql-response+json, application/json',
        ...authHeaders(),
      },
      body: JSON.stringify({ query, variables }),
    });
  } catch (e) {
    throw new GraphQLRequestError(`The API at ${endpoint} cannot be reached (${e.message}).`);
  }
  if (response.status === 401) throw new AuthRequiredError();
  if (response.status === 429 && attempt < 3) {
    // Rate limited: wait as told (Retry-After, seconds), then try again.
    const seconds = Math.min(Number(response.headers.get('Retry-After')) || 1, 10);
    await new Promise((r) => setTimeout(r, seconds * 1000));
    return gql(query, variables, attempt + 1);
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

/**
 * The names of the Query type's fields, so the page uses analysis fields only where the API has them: from the
 * served schema.graphql (introspection is off outside Development), else by introspection.
 */
export async function queryFieldNames() {
  const sdl = await fetchSchemaText();
  if (sdl) return queryFieldsOf(sdl);
  const { data } = await gql('query QueryFields { __schema { queryType { fields { name } } } }');
  return new Set(data.__schema.queryType.fields.map((f) => f.name));
}

/**
 * Every item of a connection, following endCursor: `query` takes `$after`, `pick(data)` returns the connection.
 * Items the key may not see come back null (FORBIDDEN) and are left out.
 */
export async function readAllPages(query, variables, pick) {
  const items = [];
  let after = null;
  for (;;) {
    const { data, errors } = await gql(query, { ...variables, after });
    const connection = data ? pick(data) : null;
    if (!connection) throw new Error(errors.map((e) => `${errorCode(e)}: ${e.message}`).join('; ') || 'no data');
    items.push(...(connection.items || connection.edges || []).filter(Boolean));
    if (!connection.pageInfo.hasNextPage) return items;
    after = connection.pageInfo.endCursor;
  }
}
