// The analyses the API offers, read once per page load and turned into the few shapes the map and the
// panels use. A field the API does not have (an older server) or that this key may not read leaves that
// part empty, and the page says so rather than failing.
import { gql, readAllPages } from '../lib/api.js';

// The map draws the FULL projection, so the structure measures it overlays are asked on FULL too.
const projection = 'FULL';
const centralityMeasures = [
  ['BETWEENNESS', 'betweenness'],
  ['PAGE_RANK', 'PageRank'],
  ['EIGENVECTOR', 'eigenvector'],
  ['CLOSENESS', 'closeness'],
  ['HARMONIC', 'harmonic closeness'],
];

async function loadCentrality(result) {
  result.centrality = new Map();
  const loaded = await Promise.all(centralityMeasures.map(async ([measure, label]) => {
    const scores = await readAllPages(
      `query Centrality($after: String) { centrality(projection: ${projection}, measure: ${measure}) {
        scores(first: 100, after: $after) { pageInfo { hasNextPage endCursor } items { id score } } } }`,
      {},
      (data) => data.centrality?.scores,
    );
    for (const { id, score } of scores) {
      if (!result.centrality.has(id)) result.centrality.set(id, {});
      result.centrality.get(id)[measure] = score;
    }
    return [measure, `${label} centrality`];
  }));
  result.centralityMeasures = loaded;
  result.defaultMeasure = 'BETWEENNESS';
}

async function loadCommunities(result) {
  const field = `communities(projection: ${projection})`;
  const communities = await readAllPages(
    `query Communities($after: String) { ${field} { communities(first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { cursor node { index size members(first: 100) { pageInfo { hasNextPage endCursor } items { id } } } } } } }`,
    {},
    (data) => data.communities?.communities,
  );
  result.communities = new Map();
  let previousCursor = null;
  for (const edge of communities) {
    const { index, members } = edge.node;
    const ids = members.items.filter(Boolean).map((m) => m.id);
    if (members.pageInfo.hasNextPage) {
      // A big community: read all its members; it is the first community after the previous edge's cursor.
      const rest = await readAllPages(
        `query CommunityMembers($community: String, $after: String) { ${field} { communities(first: 1, after: $community) {
          items { members(first: 100, after: $after) { pageInfo { hasNextPage endCursor } items { id } } } } } }`,
        { community: previousCursor },
        (data) => data.communities?.communities?.items?.[0]?.members,
      );
      ids.splice(0, ids.length, ...rest.map((m) => m.id));
    }
    for (const id of ids) result.communities.set(id, index);
    previousCursor = edge.cursor;
  }
  result.communityCount = communities.length;
  // Colours and the filter count communities from 0 in the order the API lists them (its index).
  const indexes = [...new Set(result.communities.values())].sort((a, b) => a - b);
  const position = new Map(indexes.map((v, i) => [v, i]));
  for (const [id, v] of result.communities) result.communities.set(id, position.get(v));
}

async function loadCutPoints(result) {
  const points = await readAllPages(
    `query CutPoints($after: String) { cutPoints(projection: ${projection}) {
      articulationPoints(first: 100, after: $after) { pageInfo { hasNextPage endCursor } items { id } } } }`,
    {},
    (data) => data.cutPoints?.articulationPoints,
  );
  result.articulation = new Set(points.map((p) => p.id));
}

export function emptyAnalyses() {
  return {
    centrality: null, // Map id -> { measure: value }
    centralityMeasures: [], // [[measure, label]]
    defaultMeasure: null,
    communities: null, // Map id -> community index
    communityCount: 0,
    articulation: null, // Set of ids
    brokerage: [], // [{ a, b, score, reason, backboneTiedToBoth }]
    brokerageNodes: new Set(),
    gaps: null, // [{ kind, nodes: [ids], message }]
    overlaps: null, // [{ a, b, status, similarity, message }]
    reinforcement: null, // { overall, goals: [{ goal, index, pairs, reinforced, unreinforced: [[a, b]], pipelines: [[ids]] }] }
    available: [],
    problems: [],
  };
}

export async function loadAnalyses(features) {
  const result = emptyAnalyses();
  const loaders = [
    ['centrality', loadCentrality],
    ['communities', loadCommunities],
    ['cutPoints', loadCutPoints],
  ];
  await Promise.all(loaders.map(async ([field, load]) => {
    if (!features.has(field)) return;
    try {
      await load(result);
      result.available.push(field);
    } catch (e) {
      result.problems.push(`${field}: ${e.message}`);
    }
  }));
  return result;
}

