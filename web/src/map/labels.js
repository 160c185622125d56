// Labels that never overlap (issue 17, item 1; docs/web.md, "Labels"). Sigma draws the labels its grid picks and
// every label forced on (goals, the backbone, "All labels", a focus, the selection) wherever they fall, so forced
// labels piled up unreadably. Here each frame places labels greedily in order of importance — the selected node,
// then forced labels (goals and the backbone before others, larger nodes first), then the grid's — and a label that
// would overlap one already placed is not drawn. A label that would run past the map's right edge is drawn on the
// node's left instead, so none is cut off at the panel.

const cell = 64;

/** A grid of placed boxes, to find overlaps in time proportional to the boxes nearby. */
export class BoxIndex {
  constructor() {
    this.cells = new Map();
  }

  *keys(box) {
    for (let cx = Math.floor(box.x1 / cell); cx <= Math.floor(box.x2 / cell); cx++) {
      for (let cy = Math.floor(box.y1 / cell); cy <= Math.floor(box.y2 / cell); cy++) yield `${cx},${cy}`;
    }
  }

  overlaps(box) {
    for (const key of this.keys(box)) {
      for (const other of this.cells.get(key) || []) {
        if (box.x1 < other.x2 && other.x1 < box.x2 && box.y1 < other.y2 && other.y1 < box.y2) return true;
      }
    }
    return false;
  }

  add(box) {
    for (const key of this.keys(box)) (this.cells.get(key) || this.cells.set(key, []).get(key)).push(box);
  }
}

/**
 * Where a label goes: to the right of its node (x, y its centre in pixels, size its radius), or to the left when it
 * would pass `width`. Returns { x1, y1, x2, y2, left } (pixels; 2 px of air around the text).
 */
export function labelBox(x, y, size, textWidth, fontSize, width) {
  const left = x + size + 3 + textWidth > width - 2 && x - size - 3 - textWidth >= 2;
  const x1 = left ? x - size - 3 - textWidth : x + size + 3;
  return { x1: x1 - 2, y1: y - fontSize * 0.7 - 2, x2: x1 + textWidth + 2, y2: y + fontSize * 0.4 + 2, left };
}

/**
 * Places labels in the order given (most important first): [{ id, x, y, size, textWidth }] → Map id → box for the
 * ones drawn. Labels off screen are skipped; none of the boxes returned overlap.
 */
export function placeLabels(candidates, { width, height, fontSize }) {
  const index = new BoxIndex();
  const placed = new Map();
  for (const c of candidates) {
    if (c.x < -50 || c.x > width + 50 || c.y < -20 || c.y > height + 20) continue;
    const box = labelBox(c.x, c.y, c.size, c.textWidth, fontSize, width);
    if (index.overlaps(box)) continue;
    index.add(box);
    placed.set(c.id, box);
  }
  return placed;
}

/** Which forced label matters most: the selected node, then goals and the backbone, then by size. */
function priority(data) {
  return (data.highlighted ? 4 : 0) + (data.kind === 'GOAL' || data.backbone ? 2 : 0);
}

/**
 * Hooks the placement into a sigma renderer: at each frame's first label the forced labels are placed (most important first);
 * while sigma draws, a forced label is drawn only where it was placed and a grid label only where it overlaps none.
 */
export function installLabelPlacement(renderer) {
  const measure = document.createElement('canvas').getContext('2d');
  const widths = new Map();
  let index = new BoxIndex();
  let reserved = new Map();
  // The boxes drawn in the last frame (id → box), for the tests and the table of what is labelled.
  let drawn = new Map();
  const textWidth = (label, settings) => {
    const font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    const key = `${font}\u0000${label}`;
    if (!widths.has(key)) {
      measure.font = font;
      widths.set(key, measure.measureText(label).width);
      if (widths.size > 50000) widths.clear();
    }
    return widths.get(key);
  };

  // Sigma emits beforeRender before it applies the reducers, so the forced labels are placed at the frame's first
  // label, when its display data is current.
  let stale = true;
  renderer.on('beforeRender', () => {
    stale = true;
    drawn = new Map();
  });

  function prepare() {
    const settings = renderer.getSettings();
    const { width, height } = renderer.getDimensions();
    const forced = [];
    // Sigma keeps the nodes with forced labels (an internal set); without it, every node is looked at.
    for (const id of renderer.nodesWithForcedLabels || renderer.getGraph().nodes()) {
      const data = renderer.getNodeDisplayData(id);
      if (!data || data.hidden || !data.label || !data.forceLabel) continue;
      const { x, y } = renderer.framedGraphToViewport(data);
      forced.push({ id, x, y, size: renderer.scaleSize(data.size), textWidth: textWidth(data.label, settings), rank: priority(data), big: data.size });
    }
    forced.sort((a, b) => b.rank - a.rank || b.big - a.big || (a.id < b.id ? -1 : 1));
    reserved = placeLabels(forced, { width, height, fontSize: settings.labelSize });
    index = new BoxIndex();
    for (const box of reserved.values()) index.add(box);
  }

  function drawLabel(context, data, settings) {
    if (!data.label) return;
    if (stale) {
      prepare();
      stale = false;
    }
    let box;
    if (data.forceLabel) {
      box = reserved.get(data.key);
      if (!box) return;
      if (data.highlighted) {
        // Drawn, in its white box, by the hover layer (drawLabel.hover).
        drawn.set(data.key, box);
        return;
      }
    } else {
      box = labelBox(data.x, data.y, data.size, textWidth(data.label, settings), settings.labelSize, renderer.getDimensions().width);
      if (index.overlaps(box)) return;
      index.add(box);
    }
    context.fillStyle = settings.labelColor.attribute ? data[settings.labelColor.attribute] || settings.labelColor.color || '#000' : settings.labelColor.color;
    context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    context.fillText(data.label, box.x1 + 2, data.y + settings.labelSize / 3);
    drawn.set(data.key, box);
  }
  drawLabel.drawn = () => drawn;

  /**
   * Sigma draws a highlighted or hovered node again, on top, with its label in a white box. That box goes where the
   * label was placed (the node's left near the right edge), so the label is not drawn twice in two places.
   */
  drawLabel.hover = function drawHover(context, data, settings) {
    const fontSize = settings.labelSize;
    const label = data.label || '';
    const width = label ? textWidth(label, settings) : 0;
    const box = label ? labelBox(data.x, data.y, data.size, width, fontSize, renderer.getDimensions().width) : null;
    const half = Math.max(data.size + 2, fontSize * 0.7 + 3);
    const x1 = Math.min(box ? box.x1 : Infinity, data.x - data.size - 2);
    const x2 = Math.max(box ? box.x2 : -Infinity, data.x + data.size + 2);
    context.save();
    context.fillStyle = '#fff';
    context.shadowOffsetX = 0;
    context.shadowOffsetY = 0;
    context.shadowBlur = 8;
    context.shadowColor = '#000';
    context.beginPath();
    context.rect(x1, data.y - half, x2 - x1, 2 * half);
    context.fill();
    context.restore();
    if (!label) return;
    context.fillStyle = '#000';
    context.font = `${settings.labelWeight} ${fontSize}px ${settings.labelFont}`;
    context.fillText(label, box.x1 + 2, data.y + fontSize / 3);
  };
  return drawLabel;
}
