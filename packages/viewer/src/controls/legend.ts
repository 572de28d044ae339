import { EDGE_STYLE, type Encodings, MARKER_SHAPES, type MarkerShape, UNKNOWN_COLOR } from '../render/encodings.js';
import { el } from './dom.js';

function swatch(color: string, shape: 'dot' | 'line' | 'dash' | 'ring', marker: MarkerShape = 'circle'): HTMLElement {
  const s = el('span', {
    className: `bg-swatch bg-swatch-${shape}${shape === 'dot' ? ` bg-marker-${marker}` : ''}`,
    attrs: shape === 'dot' ? { 'data-shape': marker } : {},
  });
  if (shape === 'dot') s.style.background = color;
  else if (shape === 'ring') s.style.borderColor = color;
  else s.style.borderTopColor = color;
  return s;
}

/** Fills the legend: one swatch per group (names as text), then the tie and highlight styles. */
export function renderLegend(
  container: HTMLElement,
  title: string,
  groups: readonly string[],
  encodings: Encodings,
  groupView: boolean,
  /** Whether some people have no value of the colour attribute (shown as 'unknown'). */
  hasUnknown = true,
): void {
  const items: HTMLElement[] = groups.map((g) =>
    el('li', {}, [swatch(encodings.color(g), 'dot', encodings.shape(g)), el('span', { text: g })]),
  );
  if (!groupView && hasUnknown) items.push(el('li', {}, [swatch(UNKNOWN_COLOR, 'dot'), el('span', { text: 'unknown' })]));
  if (encodings.markersRepeat) {
    items.push(
      el('li', { className: 'bg-legend-note' }, [
        el('span', {
          text: `More groups than colours × ${MARKER_SHAPES.length} shapes: some colour and shape pairs repeat.`,
        }),
      ]),
    );
  }
  const styles = el('ul', { className: 'bg-legend-styles' }, [
    el('li', {}, [
      swatch(EDGE_STYLE.internal.color, 'line'),
      el('span', { text: groupView ? 'ties (width: count)' : 'tie within a group' }),
    ]),
    ...(groupView
      ? [el('li', {}, [swatch(EDGE_STYLE.internal.color, 'ring'), el('span', { text: 'ties within (ring width: count)' })])]
      : [el('li', {}, [swatch(EDGE_STYLE.crossGroup.color, 'dash'), el('span', { text: 'cross-group tie' })])]),
    el('li', {}, [swatch(EDGE_STYLE.bridge.color, 'line'), el('span', { text: 'bridge' })]),
    el('li', {}, [swatch(EDGE_STYLE.brokerRing, 'ring'), el('span', { text: 'top broker' })]),
  ]);
  container.replaceChildren(el('strong', { text: title }), el('ul', { className: 'bg-legend-groups' }, items), styles);
}
