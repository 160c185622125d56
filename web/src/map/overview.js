// The community overview (issue 17, item 1; docs/web.md, "Community overview"): one bubble per community, named from
// what its organizations share (communityOverview), sized by its members, joined by the ties between communities
// (thicker for more), laid out so that communities that work together sit together. Clicking a bubble, or its line in
// the list beside, opens the node map on that community. The list says the same in words, for a screen reader.
import Sigma from 'sigma';
import { installLabelPlacement } from './labels.js';
import { communityGraph, describeCommunity, linksPerCommunity } from './overview-graph.js';
import { communityColor } from './style.js';

const $ = (id) => document.getElementById(id);

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
    $('overview-summary').textContent = `${o.communities.length} communities; ${o.linkCount} pairs of them are tied. Bigger bubbles have more members; the lines are each community's ${linksPerCommunity} strongest ties, thicker for more.`;
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
