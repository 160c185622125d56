// The analyses the API offers, read once per page load and turned into the few shapes the map and the
// panels use. A field the API does not have (an older server) or that this key may not read leaves that
// part empty, and the page says so rather than failing.
import { gql, readAllPages } from '../lib/api.js';
import { jobFields, waitForJob } from './jobs.js';
import { args } from './time.js';

// The map draws the FULL projection, so the structure measures it overlays are asked on FULL too.
const projection = 'FULL';
const centralityMeasures = [
  ['BETWEENNESS', 'betweenness'],
  ['PAGE_RANK', 'PageRank'],
  ['EIGENVECTOR', 'eigenvector'],
  ['CLOSENESS', 'closeness'],
  ['HARMONIC', 'harmonic closeness'],
];

/**
 * One measure's scores into result.centrality (id -> { MEASURE: score }); measures load when first chosen. A measure
 * too long for a request (exact betweenness on a large FULL) answers with a background job: it is polled, its progress
 * passed to result.onJob(label, job), and the scores read once it succeeded (from the API's cache).
 */
export async function loadCentralityMeasure(result, measure) {
  if (result.loadedMeasures.has(measure)) return;
  const label = `${centralityMeasures.find(([m]) => m === measure)?.[1] ?? measure.toLowerCase()} centrality`;
  let job = null;
  const read = () => readAllPages(
    `query Centrality($first: Int, $after: String) { centrality${args(`projection: ${projection}, measure: ${measure}`)} { ${jobFields}
      scores(first: $first, after: $after) { pageInfo { hasNextPage endCursor } items { id score } } } }`,
    {},
    (data) => {
      job = data.centrality?.job ?? null;
      return data.centrality?.scores;
    },
  );
  let scores = await read();
  if (job && job.state !== 'SUCCEEDED') {
    // The first page of a pending job is empty: wait for the job, then read the scores it cached.
    await waitForJob(job, {
      request: async (query, variables) => (await gql(query, variables)).data,
      onProgress: (seen) => result.onJob?.(label, seen),
    });
    scores = await read();
  }
  for (const { id, score } of scores) {
    if (!result.centrality.has(id)) result.centrality.set(id, {});
    result.centrality.get(id)[measure] = score;
  }
  result.loadedMeasures.add(measure);
}

async function loadCentrality(result) {
  result.centrality = new Map();
  result.centralityMeasures = centralityMeasures.map(([measure, label]) => [measure, `${label} centrality`]);
  result.defaultMeasure = 'BETWEENNESS';
  await loadCentralityMeasure(result, result.defaultMeasure);
}

async function loadCommunities(result) {
  const field = `communities${args(`projection: ${projection}`)}`;
  const members = 'members(first: $first) { pageInfo { hasNextPage endCursor } items { id } }';
  // 100 communities a page, each with up to a page of members: the cost (100 × 1,000) stays inside the API's limit.
  const communities = await readAllPages(
    `query Communities($first: Int, $after: String) { ${field} { communities(first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { cursor node { index size ${members} } } } } }`,
    {},
    (data) => data.communities?.communities,
  );
  result.communities = new Map();
  result.communitySizes = [];
  let previousCursor = null;
  for (const edge of communities) {
    const { index, size, members: page } = edge.node;
    const ids = page.items.filter(Boolean).map((m) => m.id);
    if (page.pageInfo.hasNextPage) {
      // A community bigger than a page: read on from its members' endCursor. It is the first community after the
      // previous edge's cursor.
      const rest = await readAllPages(
        `query CommunityMembers($community: String, $first: Int, $after: String) { ${field} { communities(first: 1, after: $community) {
          items { members(first: $first, after: $after) { pageInfo { hasNextPage endCursor } items { id } } } } } }`,
        { community: previousCursor, after: page.pageInfo.endCursor },
        (data) => data.communities?.communities?.items?.[0]?.members,
      );
      ids.push(...rest.map((m) => m.id));
    }
    for (const id of ids) result.communities.set(id, index);
    result.communitySizes.push(size);
    previousCursor = edge.cursor;
  }
  result.communityCount = communities.length;
  // Every node of FULL is in one community, so the sizes add up to the whole map, people the key may not see included.
  result.fullNodeCount = result.communitySizes.reduce((a, b) => a + b, 0);
  // Colours and the filter count communities from 0 in the order the API lists them (its index).
  const indexes = [...new Set(result.communities.values())].sort((a, b) => a - b);
  const position = new Map(indexes.map((v, i) => [v, i]));
  for (const [id, v] of result.communities) result.communities.set(id, position.get(v));
}

/**
 * The communities named and joined (communityOverview on FULL, the same seed as the communities above, so the same
 * indexes): result.communityOverview = { communities: [{ index, name, size, goals, sectors, places, kinds }], links },
 * and result.communityNames[index].
 */
async function loadCommunityOverview(result) {
  const { data, errors } = await gql(`query CommunityOverview { communityOverview${args(`projection: ${projection}`)} {
    linkCount
    communities { index name size internalEdges anchorId goals { goalId name count share } sectors { value count share } places { value count } kinds { kind count } }
    links { from to edgeCount weight } } }`);
  if (!data?.communityOverview) throw new Error(errors?.[0]?.message || 'communityOverview was refused or empty');
  result.communityOverview = data.communityOverview;
  result.communityNames = data.communityOverview.communities.map((c) => c.name);
}

async function loadCutPoints(result) {
  const points = await readAllPages(
    `query CutPoints($first: Int, $after: String) { cutPoints${args(`projection: ${projection}`)} {
      articulationPoints(first: $first, after: $after) { pageInfo { hasNextPage endCursor } items { id } } } }`,
    {},
    (data) => data.cutPoints?.articulationPoints,
  );
  result.articulation = new Set(points.map((p) => p.id));
}

const page = 'pageInfo { hasNextPage endCursor }';

export async function loadGaps(result) {
  const findings = await readAllPages(
    `query Gaps($first: Int, $after: String) { gaps${args()} { findings(first: $first, after: $after) { ${page} items { kind nodeIds message key } } } }`,
    {},
    (data) => data.gaps?.findings,
  );
  result.gaps = findings.map((f) => ({ key: f.key, kind: f.kind, nodes: f.nodeIds, message: f.message }));
}

async function loadOverlaps(result) {
  const pairs = await readAllPages(
    `query Overlaps($first: Int, $after: String) { overlaps${args()} { pairs(first: $first, after: $after) { ${page}
      items { activityIds similarity coordination message key } } } }`,
    {},
    (data) => data.overlaps?.pairs,
  );
  result.overlaps = pairs.map((p) => ({
    key: p.key, a: p.activityIds[0], b: p.activityIds[1], status: p.coordination, similarity: p.similarity, message: p.message,
  }));
}

export async function loadReinforcement(result) {
  const { data } = await gql(`query Reinforcement { reinforcement${args()} {
    index pairCount reinforcedCount
    goals { goalId index pairCount reinforcedCount
      unreinforcedPairs(first: 100) { totalCount items { activityIds message key } }
      pipelines { activityIds isChain } } } }`);
  if (!data?.reinforcement) throw new Error('reinforcement was refused or empty');
  const r = data.reinforcement;
  result.reinforcement = {
    overall: r.index,
    pairs: r.pairCount,
    reinforced: r.reinforcedCount,
    goals: r.goals.map((g) => ({
      goal: g.goalId,
      index: g.index,
      pairs: g.pairCount,
      reinforced: g.reinforcedCount,
      unreinforced: (g.unreinforcedPairs?.items || []).filter(Boolean).map((u) => ({ key: u.key, ids: u.activityIds, message: u.message })),
      unreinforcedTotal: g.unreinforcedPairs?.totalCount ?? 0,
      pipelines: g.pipelines.map((p) => p.activityIds),
    })),
  };
}

export async function loadIndicatorProgress(result) {
  const items = await readAllPages(
    `query IndicatorStatus($first: Int, $after: String) { indicatorProgress${args()} { indicators(first: $first, after: $after) { ${page}
      items { indicatorId fraction onTrack expectedValue trendPerYear } } } }`,
    {},
    (data) => data.indicatorProgress?.indicators,
  );
  result.indicatorStatus = new Map(items.map((i) => [i.indicatorId, {
    onTrack: i.onTrack,
    fraction: i.fraction,
    expectedValue: i.expectedValue,
    label: i.onTrack === true ? 'on track' : i.onTrack === false ? 'off track' : 'unknown',
  }]));
}

export async function loadBrokerage(result) {
  const recommendations = await readAllPages(
    `query Brokerage($first: Int, $after: String) { brokerage${args('top: 10')} { recommendations(first: $first, after: $after) { ${page}
      items { organizationIds score rank distance backboneTiedToBoth message key } } } }`,
    {},
    (data) => data.brokerage?.recommendations,
  );
  result.brokerage = recommendations.map((r) => ({
    key: r.key, a: r.organizationIds[0], b: r.organizationIds[1], score: r.score, rank: r.rank, distance: r.distance,
    backboneTiedToBoth: r.backboneTiedToBoth, message: r.message,
  }));
  result.brokerageNodes = new Set(result.brokerage.flatMap((r) => [r.a, r.b]));
}

async function loadWhatIf(result) {
  const { data } = await gql(`query WhatIf { whatIf${args('top: 5')} {
    components { before after change } averageShortestPath { before after change }
    reinforcementIndex { before after change } } }`);
  if (!data?.whatIf) throw new Error('whatIf was refused or empty');
  result.whatIf = { top: 5, ...data.whatIf };
}

async function loadEquity(result) {
  const { data } = await gql(`query Equity { equityLens${args()} {
    communityLedAtTheEdge { id name }
    measures { measure communityLed { count defined mean median } others { count defined mean median } } } }`);
  if (!data?.equityLens) throw new Error('equityLens was refused or empty');
  result.equity = data.equityLens;
}

const reviewFields = 'key reviewedAt reviewedBy note';

/** The findings marked as reviewed (backbone and evaluator keys): result.reviews, a Map key -> review. */
async function loadReviews(result) {
  const { data, errors } = await gql(`query FindingReviews { findingReviews { ${reviewFields} } }`);
  if (!data?.findingReviews) throw new Error(errors?.[0]?.message || 'findingReviews was refused');
  result.reviews = new Map(data.findingReviews.map((r) => [r.key, r]));
}

/** Marking and clearing a finding's review, kept in step with result.reviews; errors are thrown with the API's words. */
export function reviewActions(result) {
  return {
    async mark(key, note = null) {
      const { data, errors } = await gql(`mutation Mark($key: ID!, $note: String) { markFindingReviewed(key: $key, note: $note) { ${reviewFields} } }`, { key, note });
      if (!data?.markFindingReviewed) throw new Error(errors?.[0]?.message || 'The mark was not saved.');
      result.reviews?.set(key, data.markFindingReviewed);
      return data.markFindingReviewed;
    },
    async clear(key) {
      const { data, errors } = await gql('mutation Clear($key: ID!) { clearFindingReview(key: $key) }', { key });
      if (!data) throw new Error(errors?.[0]?.message || 'The mark was not taken off.');
      result.reviews?.delete(key);
    },
  };
}

export function emptyAnalyses() {
  return {
    centrality: null, // Map id -> { measure: value }
    centralityMeasures: [], // [[measure, label]]
    loadedMeasures: new Set(),
    defaultMeasure: null,
    communities: null, // Map id -> community index
    communityCount: 0,
    communitySizes: [], // members per community, in the API's order
    communityOverview: null, // { communities: [{ index, name, size, goals, sectors, places, kinds }], links: [{ from, to, edgeCount, weight }] }
    communityNames: null, // [name] by community index
    fullNodeCount: null, // nodes of FULL (the sum of the community sizes), people the key may not see included
    articulation: null, // Set of ids
    brokerage: [], // [{ a, b, score, rank, distance, backboneTiedToBoth, message }]
    brokerageNodes: new Set(),
    gaps: null, // [{ kind, nodes: [ids], message }]
    overlaps: null, // [{ a, b, status, similarity, message }]
    reinforcement: null, // { overall, pairs, reinforced, goals: [{ goal, index, pairs, reinforced, unreinforced: [{ ids, message }], unreinforcedTotal, pipelines: [[ids]] }] }
    indicatorStatus: null, // Map indicator id -> { onTrack, fraction, expectedValue, label }
    whatIf: null, // { top, components, averageShortestPath, reinforcementIndex: { before, after, change } }
    equity: null, // { communityLedAtTheEdge: [{ id, name }], measures: [...] }
    reviews: null, // Map finding key -> { key, reviewedAt, reviewedBy, note }, where this key may read them
    available: [],
    problems: [],
  };
}

/**
 * Starts loading every analysis the API offers, all at once. Returns at once with `result` (filled in as each
 * arrives), `loaded(field)` (settles when that one is in or failed: the layout waits for `communities` alone) and
 * `all` (settles with `result` when every one is). Nothing rejects: failures are listed in `result.problems`.
 */
export function loadAnalyses(features, { onJob } = {}) {
  const result = emptyAnalyses();
  result.onJob = onJob; // (label, job): a background job's progress, for the page to show
  const loaders = [
    ['centrality', loadCentrality],
    ['communities', loadCommunities],
    ['communityOverview', loadCommunityOverview],
    ['cutPoints', loadCutPoints],
    ['gaps', loadGaps],
    ['overlaps', loadOverlaps],
    ['reinforcement', loadReinforcement],
    ['indicatorProgress', loadIndicatorProgress],
    ['brokerage', loadBrokerage],
    ['whatIf', loadWhatIf],
    ['equityLens', loadEquity],
    ['findingReviews', loadReviews],
  ];
  const runs = new Map(loaders.map(([field, load]) => [field, (async () => {
    if (!features.has(field)) return;
    try {
      await load(result);
      result.available.push(field);
    } catch (e) {
      result.problems.push(`${field}: ${e.message}`);
    }
  })()]));
  return {
    result,
    loaded: (field) => runs.get(field) ?? Promise.resolve(),
    all: Promise.all(runs.values()).then(() => result),
  };
}
