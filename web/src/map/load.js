// Reads the whole network through the public connections (the largest page the API allows, following endCursor;
// the six connections in parallel), so it needs nothing a client of the API could not ask for. People are
// optional: a key that may not see them gets FORBIDDEN on those fields, and the map is drawn without them.
import { gql, isForbidden, paging, walkPages } from '../lib/api.js';
import { asOf } from './time.js';

// Lists inside each item (an organization's goals, an activity's partners and indicators) are read 50 at a time:
// few items have more (they are followed up), and the query's cost stays well inside the API's limit at 1,000 items
// per page (1,000 + 1,000 × 50 × 2 = 101,000 of 250,000 for activities).
const nestedPageSize = 50;

const selections = {
  goals: 'id name description',
  indicators: `id name unit direction goal { id }
    baseline { value date } target { value date }
    progress { baseline target fraction latest { date value } }`,
  organizations: `id name sector communityLed
    goals(first: NESTED) { pageInfo { hasNextPage endCursor } items { id } }`,
  people: 'id name role communityMember organization { id }',
  activities: `id name status populations places lead { id }
    partners(first: NESTED) { pageInfo { hasNextPage endCursor } items { id } }
    indicators(first: NESTED) { pageInfo { hasNextPage endCursor } items { id } }`,
  ties: 'type weight directed since until from { id kind } to { id kind }',
};

// The lists that change with time are read as of the map's date (time.js: today, UTC, unless the address names
// one), so the map draws the network the analyses count: ended ties and activities, and organizations and people
// that had not joined or had left, are left out (network-format.md, Time).
const datedLists = new Set(['organizations', 'people', 'activities', 'ties']);

/** Every item of one top-level connection; `forbidden` when the key may not read it. */
async function readConnection(field) {
  const dated = datedLists.has(field);
  const query = `query Read_${field}($first: Int, $after: String${dated ? ', $asOf: Date' : ''}) {
    ${field}(first: $first, after: $after${dated ? ', asOf: $asOf' : ''}) {
      totalCount pageInfo { hasNextPage endCursor } items { ${selections[field].replaceAll('NESTED', nestedPageSize)} }
    }
  }`;
  const result = { items: [], totalCount: null, forbidden: false, refused: 0 };
  await walkPages(query, dated ? { asOf: asOf.date } : {}, (data) => data[field], {
    onPage: (connection, errors) => {
      result.totalCount = connection.totalCount;
      // Items the key may not see come back null (with a FORBIDDEN error each); keep the rest.
      for (const item of connection.items || []) {
        if (item) result.items.push(item);
        else result.refused++;
      }
      const unexpected = errors.filter((e) => !isForbidden(e));
      if (unexpected.length) throw new Error(`${field}: ${unexpected.map((e) => e.message).join('; ')}`);
    },
    onMissing: (errors) => {
      if (!errors.some(isForbidden)) throw new Error(`${field}: ${errors.map((e) => e.message).join('; ') || 'no data'}`);
      result.forbidden = true;
    },
  });
  return result;
}

/** The rest of a nested list after its first page (e.g. an activity with more than 50 partners). */
async function readNestedRest(typeName, id, field, after) {
  const ids = [];
  await walkPages(
    `query Nested($id: ID!, $first: Int, $after: String) { node(id: $id) { ... on ${typeName} {
      ${field}(first: $first, after: $after) { pageInfo { hasNextPage endCursor } items { id } } } } }`,
    { id, after },
    (data) => data.node?.[field],
    { onPage: (connection) => ids.push(...connection.items.filter(Boolean).map((i) => i.id)), onMissing: () => {} },
  );
  return ids;
}

async function completeNested(items, typeName, fields) {
  for (const item of items) {
    for (const field of fields) {
      const connection = item[field];
      connection.ids = connection.items.map((i) => i.id);
      if (connection.pageInfo.hasNextPage) {
        connection.ids.push(...(await readNestedRest(typeName, item.id, field, connection.pageInfo.endCursor)));
      }
    }
  }
}

/** The whole network at one moment: version, initiative and every kind of node and tie. */
export async function loadNetwork() {
  const { data } = await gql('query Head { networkVersion initiative { id name backbone { id } } }');
  const fields = Object.keys(selections);
  const results = await Promise.all(fields.map(readConnection));
  // hidden: the kinds the key may not read in full; refused: how many items of each came back null (FORBIDDEN).
  const network = { version: data.networkVersion, initiative: data.initiative, hidden: [], refused: {} };
  fields.forEach((field, i) => {
    network[field] = results[i].items;
    network.refused[field] = results[i].refused;
    if (results[i].forbidden || results[i].refused) network.hidden.push(field);
  });
  network.asOf = asOf.date;
  await completeNested(network.organizations, 'Organization', ['goals']);
  await completeNested(network.activities, 'Activity', ['partners', 'indicators']);
  return network;
}
