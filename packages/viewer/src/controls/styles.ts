/** The viewer's own CSS (static text, scoped under .bg-viewer), added once per document. */
export const VIEWER_CSS = `
.bg-viewer{font:13px/1.4 system-ui,sans-serif;color:#1f2328;display:grid;grid-template-columns:1fr auto;gap:8px;position:relative}
.bg-viewer button,.bg-viewer select,.bg-viewer input{font:inherit}
.bg-viewer :focus-visible{outline:2px solid #2563eb;outline-offset:1px}
.bg-toolbar,.bg-timeline,.bg-counters{grid-column:1/-1;display:flex;flex-wrap:wrap;gap:6px 12px;align-items:center}
.bg-field{display:inline-flex;gap:4px;align-items:center}
.bg-stage{position:relative;min-width:0;align-self:start;min-height:200px;border:1px solid #d0d7de;border-radius:6px;overflow:hidden}
.bg-stage canvas{display:block;cursor:grab;touch-action:none}
.bg-stage canvas:focus-visible{outline:3px solid #2563eb;outline-offset:-3px}
.bg-sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
.bg-tooltip{position:absolute;pointer-events:none;background:rgba(17,17,17,.88);color:#fff;padding:4px 8px;border-radius:4px;white-space:nowrap;max-width:280px;overflow:hidden;text-overflow:ellipsis}
.bg-legend{position:absolute;right:6px;top:6px;background:rgba(255,255,255,.9);padding:6px 8px;border-radius:4px;max-height:calc(100% - 12px);overflow:auto;font-size:12px}
.bg-legend ul{list-style:none;margin:4px 0;padding:0}
.bg-legend li{display:flex;gap:6px;align-items:center}
.bg-swatch{display:inline-block;width:14px;height:0}
.bg-swatch-dot{height:10px;width:10px;border-radius:50%}
.bg-marker-square{border-radius:0;height:9px;width:9px}
.bg-marker-triangle{border-radius:0;height:11px;width:12px;clip-path:polygon(50% 0,100% 100%,0 100%)}
.bg-marker-triangle-down{border-radius:0;height:11px;width:12px;clip-path:polygon(0 0,100% 0,50% 100%)}
.bg-marker-diamond{border-radius:0;height:12px;width:12px;clip-path:polygon(50% 0,100% 50%,50% 100%,0 50%)}
.bg-swatch-line{border-top:2px solid}
.bg-swatch-dash{border-top:2px dashed}
.bg-swatch-ring{height:8px;width:8px;border:2px solid;border-radius:50%}
.bg-panel{width:280px;max-height:600px;align-self:start;overflow:auto;border:1px solid #d0d7de;border-radius:6px;padding:8px 10px;position:relative}
.bg-panel[hidden]{display:none}
.bg-panel h2{font-size:16px;margin:0 24px 2px 0;overflow-wrap:anywhere}
.bg-panel h3{font-size:13px;margin:10px 0 4px}
.bg-panel ul{margin:0;padding-left:18px}
.bg-panel dl{display:grid;grid-template-columns:auto 1fr;gap:2px 8px;margin:6px 0}
.bg-panel dt{color:#57606a}.bg-panel dd{margin:0;overflow-wrap:anywhere}
.bg-close{position:absolute;right:6px;top:6px}
.bg-muted{color:#57606a;margin:0}
.bg-counters span{background:#f6f8fa;border-radius:4px;padding:2px 8px}
.bg-status{position:absolute;inset:0;display:flex;align-items:center;justify-content:center;color:#57606a;pointer-events:none}
.bg-status[hidden]{display:none}
.bg-range{flex:1;min-width:160px}
.bg-chart-wrap{grid-column:1/-1}
.bg-chart{display:block;font-size:11px}
.bg-chart-title{font-weight:600;font-size:12px}
`;

const STYLE_ID = 'bridgegraph-viewer-style';

/** Adds the viewer's stylesheet to the element's document once; returns it. */
export function ensureStyles(doc: Document): HTMLStyleElement {
  const found = doc.getElementById(STYLE_ID);
  if (found instanceof HTMLStyleElement) return found;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = VIEWER_CSS;
  doc.head.appendChild(style);
  return style;
}
