// The community overview (issue 17, item 1; docs/web.md, "Community overview"): one bubble per community, named from
// what its organizations share (communityOverview), sized by its members, joined by the ties between communities
// (thicker for more), laid out so that communities that work together sit together. Clicking a bubble, or its line in
// the list beside, opens the node map on that community. The list says the same in words, for a screen reader.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';
import { installLabelPlacement } from './labels.js';
import { communityColor, kindLabels, kindPlurals, titleCase } from './style.js';

const $ = (id) => document.getElementById(id);

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
  const heaviest = Math.max(1, ...overview.links.map((l) => l.weight));
  for (const link of overview.links) {
    const [a, b] = [String(link.from), String(link.to)];
    if (!graph.hasNode(a) || !graph.hasNode(b) || graph.hasEdge(a, b)) continue;
    graph.addEdge(a, b, { weight: link.weight, size: 0.5 + 6 * Math.sqrt(link.weight / heaviest), color: '#b8c2cc', edges: link.edgeCount });
  }
  if (graph.order > 1) {
    forceAtlas2.assign(graph, {
      iterations: 400,
      settings: { ...forceAtlas2.inferSettings(graph), gravity: 1, scalingRatio: 20, edgeWeightInfluence: 1, adjustSizes: true },
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

/**
 * Wires the Communities button: the overview over the map, and `open(index)` (the page's: filter the node map to
 * that community and show it) when a community is chosen.
 */
export function setupOverview(state, { open, escapeHtml, announce }) {
  const button = $('view-overview');
  const view = $('overview');
  let renderer = null;
  const overview = () => state.analyses?.communityOverview;
  if (!overview()?.communities?.length) {
    button.disabled = true;
    button.title = 'The API has no community overview for this key or network.';
    return { show: () => false, isOpen: () => false };
  }

  function list() {
    const o = overview();
    $('overview-list').innerHTML = o.communities.map((c) => `<li><button type="button" class="open-community" data-community="${c.index}">
        <span class="swatch dot" style="background:${communityColor(c.index)}"></span> <strong>${escapeHtml(c.name)}</strong></button>
        <span class="small muted">${escapeHtml(describeCommunity(c, o))}</span></li>`).join('');
    $('overview-summary').textContent = `${o.communities.length} communities; ${o.linkCount} pairs of them are tied. Bigger bubbles have more members; thicker lines, more ties between them.`;
  }

  function show(open_) {
    view.hidden = !open_;
    $('map').style.visibility = open_ ? 'hidden' : '';
    $('map').inert = open_;
    button.setAttribute('aria-pressed', String(open_));
    button.textContent = open_ ? 'Show the node map' : 'Communities';
    if (!open_) {
      state.renderer?.refresh();
      return true;
    }
    if (state.tableView?.current()) state.tableView.open('');
    list();
    if (!renderer) {
      const graph = communityGraph(overview());
      renderer = new Sigma(graph, $('overview-canvas'), {
        renderEdgeLabels: false,
        labelSize: 13,
        labelWeight: '600',
        labelFont: 'system-ui, -apple-system, "Segoe UI", sans-serif',
        stagePadding: 60,
        zIndex: true,
      });
      const placement = installLabelPlacement(renderer);
      renderer.setSetting('defaultDrawNodeLabel', placement);
      renderer.setSetting('defaultDrawNodeHover', placement.hover);
      renderer.on('clickNode', ({ node }) => choose(Number(node)));
      renderer.on('enterNode', () => { $('overview-canvas').style.cursor = 'pointer'; });
      renderer.on('leaveNode', () => { $('overview-canvas').style.cursor = ''; });
      state.overviewRenderer = renderer;
      state.overviewLabels = placement;
    } else {
      renderer.refresh();
    }
    $('overview-title').focus();
    return true;
  }

  function choose(index) {
    show(false);
    open(index);
    const name = overview().communities.find((c) => c.index === index)?.name;
    announce(`The node map, showing the community “${name}”. Clear the community filter to see everything.`);
  }

  button.addEventListener('click', () => show(view.hidden));
  $('overview-list').addEventListener('click', (event) => {
    const target = event.target.closest('.open-community');
    if (target) choose(Number(target.dataset.community));
  });
  return { show, isOpen: () => !view.hidden };
}
