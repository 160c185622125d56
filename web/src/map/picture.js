// The map as it is on screen, as a picture for a slide or a report (issue 17, item 4): SVG, built from what sigma
// displays (each visible node's place, size, colour and label; each visible edge), and PNG, the same SVG drawn onto a
// canvas at twice the screen's resolution. Only what the view shows: filters, focus and zoom are kept.

const escapeXml = (text) => String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]);

/** The current view as an SVG document (a string). */
export function mapSvg(state, { title = '' } = {}) {
  const { renderer, graph } = state;
  const { width, height } = renderer.getDimensions();
  const inView = (p) => p.x >= -50 && p.y >= -50 && p.x <= width + 50 && p.y <= height + 50;
  const nodes = new Map();
  graph.forEachNode((id) => {
    const data = renderer.getNodeDisplayData(id);
    if (!data || data.hidden) return;
    const at = renderer.framedGraphToViewport(data);
    nodes.set(id, { ...data, id, at, r: Math.max(1, renderer.scaleSize(data.size)) });
  });
  const edges = [];
  graph.forEachEdge((edge, attributes, source, target) => {
    const data = renderer.getEdgeDisplayData(edge);
    const a = nodes.get(source);
    const b = nodes.get(target);
    if (!data || data.hidden || !a || !b || (!inView(a.at) && !inView(b.at))) return;
    edges.push(`<line x1="${a.at.x.toFixed(1)}" y1="${a.at.y.toFixed(1)}" x2="${b.at.x.toFixed(1)}" y2="${b.at.y.toFixed(1)}" stroke="${escapeXml(data.color)}" stroke-width="${Math.max(0.5, renderer.scaleSize(data.size)).toFixed(2)}" stroke-opacity="0.7"/>`);
  });
  const circles = [];
  const labels = [];
  // The labels the screen shows, where it shows them (labels.js: none overlapping); forced ones without it.
  const placed = state.labels?.drawn();
  const shown = [...nodes.values()].filter((n) => inView(n.at)).sort((a, b) => (a.zIndex || 0) - (b.zIndex || 0));
  for (const n of shown) {
    circles.push(`<circle cx="${n.at.x.toFixed(1)}" cy="${n.at.y.toFixed(1)}" r="${n.r.toFixed(1)}" fill="${escapeXml(n.color)}"><title>${escapeXml(n.label || '')}</title></circle>`);
    const box = placed ? placed.get(n.id) : (n.forceLabel || n.highlighted) && { x1: n.at.x + n.r + 1 };
    if (n.label && box) labels.push(`<text x="${(box.x1 + 2).toFixed(1)}" y="${(n.at.y + 4).toFixed(1)}">${escapeXml(n.label)}</text>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12">
<title>${escapeXml(title)}</title>
<rect width="100%" height="100%" fill="#ffffff"/>
<g>${edges.join('')}</g>
<g>${circles.join('')}</g>
<g fill="#1f2933" paint-order="stroke" stroke="#ffffff" stroke-width="3" stroke-linejoin="round">${labels.join('')}</g>
</svg>
`;
}

/** The SVG drawn on a canvas at `scale` times its size, as a PNG blob. */
export async function svgToPng(svg, scale = 2) {
  const image = new Image();
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    await new Promise((resolve, reject) => {
      image.onload = resolve;
      image.onerror = () => reject(new Error('The picture could not be drawn.'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.width * scale);
    canvas.height = Math.round(image.height * scale);
    const context = canvas.getContext('2d');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    return await new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a blob under a name, as a download. */
export function saveBlob(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}
