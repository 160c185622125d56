// The analyses the API offers, read once per page load and turned into the few shapes the map and the
// panels use. A field the API does not have (an older server) or that this key may not read leaves that
// part empty, and the page says so rather than failing.
import { gql } from '../lib/api.js';

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
  const loaders = [];
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

export { gql };
