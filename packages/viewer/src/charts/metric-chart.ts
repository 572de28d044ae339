import { axisBottom, axisLeft, extent, line, max, min, scaleLinear, scaleUtc, select } from 'd3';

/** One point of a metric over time: the window's bounds (ms) and the value (null when undefined). */
export interface MetricPoint {
  start: number;
  end: number;
  value: number | null;
}

export interface MetricChartOptions {
  title: string;
  width?: number;
  height?: number;
}

export interface MetricChart {
  /** Moves the cursor to a time (ms). */
  setTime(time: number): void;
  /** Replaces the series and the title. */
  update(points: readonly MetricPoint[], title: string): void;
  resize(width: number): void;
  destroy(): void;
}

const MARGIN = { top: 22, right: 14, bottom: 22, left: 40 };

/** A D3 line chart of a metric over time in an SVG, with axes, a title and a cursor linked to the time. */
export function createMetricChart(container: HTMLElement, points: readonly MetricPoint[], options: MetricChartOptions): MetricChart {
  let width = options.width ?? Math.max(container.clientWidth, 320);
  const height = options.height ?? 140;
  let data = points.slice();
  let title = options.title;
  let time: number | null = null;
  const svg = select(container).append('svg').attr('class', 'bg-chart').attr('role', 'img').attr('height', height);
  const titleEl = svg.append('text').attr('class', 'bg-chart-title').attr('x', MARGIN.left).attr('y', 14);
  const xAxis = svg.append('g').attr('class', 'bg-chart-x');
  const yAxis = svg.append('g').attr('class', 'bg-chart-y').attr('transform', `translate(${MARGIN.left},0)`);
  const path = svg.append('path').attr('fill', 'none').attr('stroke', '#2563eb').attr('stroke-width', 1.5);
  const cursor = svg.append('line').attr('class', 'bg-chart-cursor').attr('stroke', '#c2410c').attr('stroke-width', 1.5);
  const empty = svg.append('text').attr('class', 'bg-chart-empty').attr('text-anchor', 'middle').attr('fill', '#666');
  // A window's value is drawn at its end: the state of the network as of then (as the counters at that time).
  const at = (p: MetricPoint) => p.end;

  const render = () => {
    svg.attr('width', width).attr('viewBox', `0 0 ${width} ${height}`);
    titleEl.text(title);
    svg.attr('aria-label', title);
    const defined = data.filter((p) => p.value !== null);
    const [t0, t1] = extent(data.flatMap((p) => [p.start, p.end]));
    const x = scaleUtc()
      .domain([t0 ?? 0, t1 ?? 1])
      .range([MARGIN.left, width - MARGIN.right]);
    // From 0 (or below, for negative values such as E-I) to at least 1 above, so a flat series has an axis.
    const low = Math.min(0, min(defined, (p) => p.value as number) ?? 0);
    const high = Math.max(max(defined, (p) => p.value as number) ?? 0, low + 1);
    const y = scaleLinear()
      .domain([low, high])
      .nice()
      .range([height - MARGIN.bottom, MARGIN.top]);
    const hasData = data.length > 0;
    xAxis.attr('visibility', hasData ? 'visible' : 'hidden');
    yAxis.attr('visibility', hasData ? 'visible' : 'hidden');
    xAxis.attr('transform', `translate(0,${height - MARGIN.bottom})`).call(axisBottom(x).ticks(Math.max(2, Math.floor(width / 90))));
    yAxis.call(axisLeft(y).ticks(4));
    path.attr(
      'd',
      line<MetricPoint>()
        .defined((p) => p.value !== null)
        .x((p) => x(at(p)))
        .y((p) => y(p.value as number))(data) ?? '',
    );
    empty
      .attr('x', width / 2)
      .attr('y', height / 2)
      .text(data.length === 0 ? 'No dated data to chart' : '');
    if (time === null || data.length === 0) cursor.attr('visibility', 'hidden');
    else {
      const cx = x(Math.min(Math.max(time, t0 ?? time), t1 ?? time));
      cursor
        .attr('visibility', 'visible')
        .attr('x1', cx)
        .attr('x2', cx)
        .attr('y1', MARGIN.top)
        .attr('y2', height - MARGIN.bottom);
    }
  };
  render();
  return {
    setTime(t) {
      time = t;
      render();
    },
    update(next, nextTitle) {
      data = next.slice();
      title = nextTitle;
      render();
    },
    resize(w) {
      width = Math.max(w, 200);
      render();
    },
    destroy() {
      svg.remove();
    },
  };
}
