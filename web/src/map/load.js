// Reads the whole network through the public connections (100 per page, following endCursor), so it needs
// nothing a client of the API could not ask for. People are optional: a key that may not see them gets
// FORBIDDEN on those fields, and the map is drawn without them.
import { gql, isForbidden } from '../lib/api.js';

const pageSize = 100;

const selections = {
  goals: 'id name description',
  indicators: `id name unit direction goal { id }
    baseline { value date } target { value date }
    progress { baseline target percentOfTheWay latest { date value } }`,
  organizations: `id name sector communityLed
    goals(first: 100) { pageInfo { hasNextPage } items { id } }`,
  people: 'id name role communityMember organization { id }',
  activities: `id name status populations places lead { id }
    partners(first: 100) { pageInfo { hasNextPage } items { id } }
    indicators(first: 100) { pageInfo { hasNextPage } items { id } }`,
  ties: 'type weight directed since until from { id kind } to { id kind }',
};

/** Every item of one top-level connection; `forbidden` when the key may not read it. */
async function readConnection(field) {
  const query = `query Read_${field}($first: Int, $after: String) {
    ${field}(first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } items { ${selections[field]} }
    }
  }`;
  const items = [];
  let refused = 0;
  let totalCount = null;
  let after = null;
  for (;;) {
    const { data, errors } = await gql(query, { first: pageSize, after });
    const connection = data?.[field];
    if (!connection) {
      if (errors.some(isForbidden)) return { items: [], totalCount: null, forbidden: true, refused };
      throw new Error(`${field}: ${errors.map((e) => e.message).join('; ') || 'no data'}`);
    }
    totalCount = connection.totalCount;
    // Items the key may not see come back null (with a FORBIDDEN error each); keep the rest.
    for (const item of connection.items || []) {
      if (item) items.push(item);
      else refused++;
    }
    const unexpected = errors.filter((e) => !isForbidden(e));
    if (unexpected.length) throw new Error(`${field}: ${unexpected.map((e) => e.message).join('; ')}`);
    if (!connection.pageInfo.hasNextPage) break;
    after = connection.pageInfo.endCursor;
  }
  return { items, totalCount, forbidden: false, refused };
}

/** Follows a nested list past its first page (e.g. an activity with more than 100 partners). */
async function readNestedRest(typeName, id, field) {
  const ids = [];
  let after = null;
  let first = true;
  for (;;) {
    const { data } = await gql(
      `query Nested($id: ID!, $after: String) { node(id: $id) { ... on ${typeName} {
        ${field}(first: 100, after: $after) { pageInfo { hasNextPage endCursor } items { id } } } } }`,
      { id, after },
    );
    const connection = data?.node?.[field];
    if (!connection) break;
    // The first page was read already; it is read again only to get its cursor.
    if (!first) ids.push(...connection.items.map((i) => i.id));
    first = false;
    if (!connection.pageInfo.hasNextPage) break;
    after = connection.pageInfo.endCursor;
  }
  return ids;
}

async function completeNested(items, typeName, fields) {
  for (const item of items) {
    for (const field of fields) {
      const connection = item[field];
      connection.ids = connection.items.map((i) => i.id);
      if (connection.pageInfo.hasNextPage) {
        connection.ids.push(...(await readNestedRest(typeName, item.id, field)));
      }
    }
  }
}

/** The whole network at one moment: version, initiative and every kind of node and tie. */
export async function loadNetwork() {
  const { data } = await gql('query Head { networkVersion initiative { id name backbone { id } } }');
  const fields = Object.keys(selections);
  const results = await Promise.all(fields.map(readConnection));
  const network = { version: data.networkVersion, initiative: data.initiative, hidden: [] };
  fields.forEach((field, i) => {
    network[field] = results[i].items;
    if (results[i].forbidden || results[i].refused) network.hidden.push(field);
  });
  await completeNested(network.organizations, 'Organization', ['goals']);
  await completeNested(network.activities, 'Activity', ['partners', 'indicators']);
  return network;
}
