// How nodes and edges look on the map: sizes from the chosen measure, colours from the chosen scheme, and
// sigma reducers that apply the filters, the focus and the overlays at draw time without copying the graph.
import {
  articulationColor, communityColor, edgeColor, fadedColor, highlightEdgeColor, kindColors, sectorColors,
} from './style.js';
import { addedColor, ghostColor } from './compare.js';

function nodeMetric(state, id) {
  if (state.sizeBy === 'degree') return state.graph.degree(id);
  return state.analyses?.centrality?.get(id)?.[state.sizeBy] ?? 0;
}

export function applySizes(state) {
  const { graph } = state;
  let max = 0;
  graph.forEachNode((id) => { max = Math.max(max, nodeMetric(state, id)); });
  // One graph event for all nodes (sigma then updates once), not two per node.
  graph.updateEachNodeAttributes((id, attrs) => {
    const value = nodeMetric(state, id);
    const scaled = max > 0 ? Math.sqrt(value / max) : 0;
    const floor = attrs.kind === 'PERSON' ? 1.5 : attrs.kind === 'GOAL' ? 8 : 3;
    const range = attrs.kind === 'PERSON' ? 6 : 16;
    return { ...attrs, size: floor + range * scaled, metric: value };
  }, { attributes: ['size', 'metric'] });
}

function baseColor(state, attrs, id) {
  if (state.colorBy === 'sector') {
    return attrs.kind === 'ORGANIZATION' ? sectorColors[attrs.sector] || sectorColors.OTHER : fadedColor;
  }
  if (state.colorBy === 'community') {
    const community = state.analyses?.communities?.get(id);
    return community === undefined ? fadedColor : communityColor(community);
  }
  return kindColors[attrs.kind];
}

function passesFilters(state, id, attrs) {
  // People left off a big map (people on demand) still appear in a focused neighbourhood.
  if (!state.kinds.has(attrs.kind) && !(attrs.kind === 'PERSON' && state.focus?.nodes?.has(id))) return false;
  if (state.sector && !(attrs.kind === 'ORGANIZATION' && attrs.sector === state.sector)) return false;
  if (state.goal && !state.goals.get(id)?.has(state.goal)) return false;
  if (state.community !== '' && String(state.analyses?.communities?.get(id)) !== state.community) return false;
  return true;
}

export function nodeReducer(state, id, attrs) {
  const out = { ...attrs, color: baseColor(state, attrs, id) };
  if (!passesFilters(state, id, attrs)) return { ...out, hidden: true };
  if (attrs.ghost) return { ...out, color: ghostColor, label: '', forceLabel: false, zIndex: 0 };
  if (state.compare?.joined.has(id)) {
    // A newcomer: ringed (sigma's highlight), labelled and a little larger, whatever the colour scheme.
    out.highlighted = true;
    out.forceLabel = attrs.kind !== 'PERSON' || state.compare.joined.size <= 30;
    out.size = attrs.size + 2;
    out.zIndex = 2;
  }
  if (attrs.kind === 'GOAL' || attrs.backbone) out.forceLabel = true;
  if (state.overlays.labels && attrs.kind !== 'PERSON') out.forceLabel = true;
  if (state.overlays.articulation && state.analyses?.articulation?.has(id)) {
    out.color = articulationColor;
    out.forceLabel = true;
    out.size = attrs.size + 3;
  }
  if (state.overlays.brokerage && state.analyses?.brokerageNodes?.has(id)) out.forceLabel = true;
  if (state.focus && !state.focus.nodes.has(id)) {
    out.color = fadedColor;
    out.label = '';
    out.forceLabel = false;
    out.zIndex = 0;
  } else if (state.focus) {
    // A small neighbourhood is labelled whole; in a big one sigma's label grid keeps the labels readable.
    if (state.focus.nodes.size <= 30) out.forceLabel = true;
    out.zIndex = 1;
  }
  if (id === state.selected || id === state.focus?.center) {
    out.highlighted = true;
    out.forceLabel = true;
  }
  return out;
}

export function edgeReducer(state, edge, attrs) {
  const { graph } = state;
  const [source, target] = graph.extremities(edge);
  const s = graph.getNodeAttributes(source);
  const t = graph.getNodeAttributes(target);
  if (!passesFilters(state, source, s) || !passesFilters(state, target, t)) return { ...attrs, hidden: true };
  const out = { ...attrs, color: edgeColor, size: Math.min(0.5 + Math.log2(attrs.weight + 1) * 0.5, 3) };
  if (attrs.ghost) return { ...out, color: ghostColor, size: 0.5, zIndex: 0 };
  if (state.compare?.addedEdges.has(edge)) {
    out.color = addedColor;
    out.size = 2.5;
    out.zIndex = 2;
  }
  if (state.focus) {
    if (state.focus.nodes.has(source) && state.focus.nodes.has(target)) {
      out.color = highlightEdgeColor;
      out.zIndex = 1;
    } else {
      out.hidden = true;
    }
  } else if (state.selected && (source === state.selected || target === state.selected)) {
    out.color = highlightEdgeColor;
  }
  return out;
}
