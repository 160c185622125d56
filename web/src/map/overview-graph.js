// The community overview's graph and words (overview.js draws them): a node per community, an edge per pair of
// communities among each one's strongest ties, laid out by ForceAtlas2; a community described in a few sentences.
// No drawing here, so node tests can run it.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { communityColor, kindLabels, kindPlurals, titleCase } from './style.js';

/** How many of its strongest ties each community keeps on the overview. */
export const linksPerCommunity = 4;

/** The links that are among the `per` heaviest of at least one of their two communities, heaviest first. */
export function strongestLinks(links, per) {
  const taken = new Map();
  const keep = new Set();
  for (const link of links) {
    // links come heaviest first: the first `per` seen for a community are its strongest.
    for (const end of [link.from, link.to]) {
      const n = taken.get(end) || 0;
      if (n < per) keep.add(link);
      taken.set(end, n + 1);
    }
  }
  return links.filter((l) => keep.has(l));
}

/** The community graph: a node per community (size from its members), an edge per link (weight: its edges' weight). */
export function communityGraph(overview) {
  const graph = new Graph({ type: 'undirected' });
  const biggest = Math.max(1, ...overview.communities.map((c) => c.size));
  const count = overview.communities.length;
  overview.communities.forEach((c, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, count);
    graph.addNode(String(c.index), {
      label: c.name,
      x: Math.cos(angle) * 100,
      y: Math.sin(angle) * 100,
      size: 6 + 24 * Math.sqrt(c.size / biggest),
      color: communityColor(c.index),
      forceLabel: true,
      community: c.index,
    });
  });
  // Each community's strongest ties are drawn (and pull in the layout): with every tie, a network of many communities
  // is a knot where nothing stands out.
  const kept = strongestLinks(overview.links, linksPerCommunity);
  const heaviest = Math.max(1, ...kept.map((l) => l.weight));
  for (const link of kept) {
    const [a, b] = [String(link.from), String(link.to)];
    if (!graph.hasNode(a) || !graph.hasNode(b) || graph.hasEdge(a, b)) continue;
    graph.addEdge(a, b, { weight: link.weight, size: 0.5 + 6 * Math.sqrt(link.weight / heaviest), color: '#b8c2cc', edges: link.edgeCount });
  }
  if (graph.order > 1) {
    forceAtlas2.assign(graph, {
      iterations: 400,
      settings: {
        ...forceAtlas2.inferSettings(graph), linLogMode: true, outboundAttractionDistribution: true, gravity: 0.5, scalingRatio: 10,
        edgeWeightInfluence: 1, adjustSizes: true,
      },
    });
  }
  return graph;
}

/** A community in words: its size and make-up, what its organizations share, and how it is tied to the others. */
export function describeCommunity(community, overview, nameOf = (i) => overview.communities[i]?.name ?? `Community ${i + 1}`) {
  const kinds = community.kinds.map((k) => `${k.count} ${((k.count === 1 ? kindLabels : kindPlurals)[k.kind] || k.kind).toLowerCase()}`).join(', ');
  const goals = community.goals.map((g) => g.name).join('; ');
  const sectors = community.sectors.slice(0, 2).map((s) => `${titleCase(s.value).toLowerCase()} ${s.count}`).join(', ');
  const links = overview.links.filter((l) => l.from === community.index || l.to === community.index);
  const strongest = links.slice(0, 2).map((l) => `${nameOf(l.from === community.index ? l.to : l.from)} (${l.edgeCount} links)`).join(' and ');
  return [
    `${community.size} members${kinds ? `: ${kinds}` : ''}.`,
    goals ? `Its organizations work on ${goals} more than the rest do.` : '',
    sectors ? `Sectors: ${sectors}.` : '',
    links.length ? `Tied to ${links.length} other communit${links.length === 1 ? 'y' : 'ies'}, most to ${strongest}.` : 'Not tied to any other community.',
  ].filter(Boolean).join(' ');
}
