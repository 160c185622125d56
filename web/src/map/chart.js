// A small SVG chart of one indicator: the straight line from baseline to target (the pace needed to be on
// track), the measurements over time, and the target. No chart library: a few dozen points at most.
import './chart.css';

const svgNs = 'http://www.w3.org/2000/svg';

function el(name, attrs, text) {
  const node = document.createElementNS(svgNs, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

const day = 86400000;
const time = (date) => Date.parse(`${date}T00:00:00Z`);
const fmt = (v) => (Math.abs(v) >= 1000 ? Math.round(v).toLocaleString() : String(Math.round(v * 10) / 10));

/** The chart in words, for a screen reader: baseline, latest measurement and target. */
function describe(indicator, points) {
  const unit = indicator.unit ? ` ${indicator.unit}` : '';
  const latest = points.length ? points.reduce((a, b) => (b.t > a.t ? b : a)) : null;
  const parts = [
    indicator.baseline ? `baseline ${fmt(indicator.baseline.value)}${unit}${indicator.baseline.date ? ` (${indicator.baseline.date})` : ''}` : 'no baseline',
    latest ? `latest ${fmt(latest.v)}${unit} (${latest.date}), ${points.length} measurement${points.length === 1 ? '' : 's'}` : 'no measurement yet',
    indicator.target ? `target ${fmt(indicator.target.value)}${unit}${indicator.target.date ? ` by ${indicator.target.date}` : ''}` : 'no target',
  ];
  return `Progress chart${indicator.name ? ` of ${indicator.name}` : ''}: ${parts.join('; ')}.`;
}

/** Builds the chart; `indicator` has baseline, target ({value,date}), unit, direction, measurements [{date,value}]. */
export function progressChart(indicator, { width = 300, height = 120 } = {}) {
  const svg = el('svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart', role: 'img' });
  const points = (indicator.measurements || []).map((m) => ({ t: time(m.date), v: m.value, date: m.date }));
  svg.setAttribute('aria-label', describe(indicator, points));
  const base = indicator.baseline?.date ? { t: time(indicator.baseline.date), v: indicator.baseline.value } : null;
  const goal = indicator.target?.date ? { t: time(indicator.target.date), v: indicator.target.value } : null;
  const all = [...points, base, goal].filter(Boolean);
  if (all.length === 0) {
    svg.append(el('text', { x: 8, y: height / 2, class: 'chart-empty' }, 'No baseline, target or data yet'));
    return svg;
  }
  const pad = { l: 34, r: 8, t: 8, b: 18 };
  let t0 = Math.min(...all.map((p) => p.t));
  let t1 = Math.max(...all.map((p) => p.t));
  if (t1 === t0) { t0 -= 180 * day; t1 += 180 * day; }
  let v0 = Math.min(...all.map((p) => p.v));
  let v1 = Math.max(...all.map((p) => p.v));
  const span = v1 - v0 || Math.abs(v1) || 1;
  v0 -= span * 0.1;
  v1 += span * 0.1;
  const x = (t) => pad.l + ((t - t0) / (t1 - t0)) * (width - pad.l - pad.r);
  const y = (v) => height - pad.b - ((v - v0) / (v1 - v0)) * (height - pad.t - pad.b);

  svg.append(el('line', { x1: pad.l, y1: height - pad.b, x2: width - pad.r, y2: height - pad.b, class: 'axis' }));
  svg.append(el('line', { x1: pad.l, y1: pad.t, x2: pad.l, y2: height - pad.b, class: 'axis' }));
  for (const v of [v0 + (v1 - v0) * 0.1, v1 - (v1 - v0) * 0.1]) {
    svg.append(el('text', { x: pad.l - 4, y: y(v) + 3, class: 'tick', 'text-anchor': 'end' }, fmt(v)));
  }
  const y0 = new Date(t0).getUTCFullYear();
  const y1 = new Date(t1).getUTCFullYear();
  const step = Math.max(1, Math.ceil((y1 - y0) / 5));
  for (let yr = y0 + 1; yr <= y1; yr += step) {
    const t = Date.UTC(yr, 0, 1);
    svg.append(el('text', { x: x(t), y: height - 4, class: 'tick', 'text-anchor': 'middle' }, String(yr)));
  }
  if (base && goal) {
    svg.append(el('line', { x1: x(base.t), y1: y(base.v), x2: x(goal.t), y2: y(goal.v), class: 'pace' }));
  }
  if (points.length) {
    const d = points.map((p, i) => `${i ? 'L' : 'M'}${x(p.t).toFixed(1)},${y(p.v).toFixed(1)}`).join(' ');
    svg.append(el('path', { d, class: 'series' }));
    for (const p of points) {
      const dot = el('circle', { cx: x(p.t), cy: y(p.v), r: 2.5, class: 'point' });
      dot.append(el('title', {}, `${p.date}: ${p.v}${indicator.unit ? ' ' + indicator.unit : ''}`));
      svg.append(dot);
    }
  }
  if (base) svg.append(el('circle', { cx: x(base.t), cy: y(base.v), r: 3.5, class: 'baseline' }));
  if (goal) {
    const marker = el('circle', { cx: x(goal.t), cy: y(goal.v), r: 4, class: 'target' });
    marker.append(el('title', {}, `target ${goal.v} by ${indicator.target.date}`));
    svg.append(marker);
  }
  return svg;
}
