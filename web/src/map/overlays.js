// Brokerage overlay: dashed lines between the organizations the backbone should introduce, drawn on a
// 2D canvas laid over sigma's WebGL layers and redrawn after every frame so they follow pan and zoom.
import { brokerageColor } from './style.js';

export function drawBrokerage(state, container) {
  const canvas = document.createElement('canvas');
  canvas.className = 'overlay-canvas';
  container.append(canvas);
  const context = canvas.getContext('2d');
  const { renderer, graph } = state;

  const draw = () => {
    const ratio = window.devicePixelRatio || 1;
    const { width, height } = container.getBoundingClientRect();
    if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
    }
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, height);
    const recommendations = state.analyses?.brokerage || [];
    if (!state.overlays.brokerage || recommendations.length === 0) return;
    context.strokeStyle = brokerageColor;
    context.fillStyle = brokerageColor;
    context.lineWidth = 2;
    context.setLineDash([7, 5]);
    context.font = '600 11px system-ui, sans-serif';
    recommendations.forEach((rec, index) => {
      if (!graph.hasNode(rec.a) || !graph.hasNode(rec.b)) return;
      const a = renderer.graphToViewport(graph.getNodeAttributes(rec.a));
      const b = renderer.graphToViewport(graph.getNodeAttributes(rec.b));
      context.beginPath();
      context.moveTo(a.x, a.y);
      context.lineTo(b.x, b.y);
      context.stroke();
      const mx = (a.x + b.x) / 2;
      const my = (a.y + b.y) / 2;
      context.setLineDash([]);
      context.beginPath();
      context.arc(mx, my, 9, 0, 2 * Math.PI);
      context.fillStyle = '#fff';
      context.fill();
      context.stroke();
      context.fillStyle = brokerageColor;
      context.textAlign = 'center';
      context.textBaseline = 'middle';
      context.fillText(String(index + 1), mx, my + 0.5);
      context.setLineDash([7, 5]);
    });
  };
  renderer.on('afterRender', draw);
  draw();
}
