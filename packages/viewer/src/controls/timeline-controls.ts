import { el, formatDay, labelled, selectOf } from './dom.js';

export interface TimelineHandlers {
  onTime(time: number): void;
  onPlayToggle(): void;
  onStep(direction: 1 | -1): void;
  onSpeed(speed: number): void;
}

export interface TimelineControls {
  element: HTMLElement;
  /** Shows the time, whether playing, and the speed. */
  update(time: number, playing: boolean, speed: number): void;
  setSpan(span: { start: number; end: number } | null): void;
}

const TICKS = 1000;
const SPEEDS = ['0.25', '0.5', '1', '2', '4'];

/** The timeline: play/pause, step back/forward, speed, a range input and the current date. */
export function createTimelineControls(handlers: TimelineHandlers): TimelineControls {
  let span: { start: number; end: number } | null = null;
  const play = el('button', { className: 'bg-play', text: 'Play', attrs: { type: 'button', 'aria-label': 'Play' } });
  const back = el('button', { text: '◀', attrs: { type: 'button', 'aria-label': 'Step back' } });
  const forward = el('button', { text: '▶', attrs: { type: 'button', 'aria-label': 'Step forward' } });
  const speed = selectOf(
    'Speed',
    SPEEDS.map((s) => [s, `${s}×`] as const),
    '1',
  );
  const range = el('input', {
    className: 'bg-range',
    attrs: { type: 'range', min: '0', max: String(TICKS), step: '1', 'aria-label': 'Time' },
  });
  range.value = String(TICKS);
  const date = el('output', { className: 'bg-date', attrs: { 'aria-live': 'off' } });
  play.addEventListener('click', () => handlers.onPlayToggle());
  back.addEventListener('click', () => handlers.onStep(-1));
  forward.addEventListener('click', () => handlers.onStep(1));
  speed.addEventListener('change', () => handlers.onSpeed(Number(speed.value)));
  range.addEventListener('input', () => {
    if (span) handlers.onTime(span.start + (Number(range.value) / TICKS) * (span.end - span.start));
  });
  const element = el('div', { className: 'bg-timeline' }, [back, play, forward, labelled('Speed', speed), range, date]);
  return {
    element,
    update(time, playing, s) {
      play.textContent = playing ? 'Pause' : 'Play';
      play.setAttribute('aria-label', playing ? 'Pause' : 'Play');
      if (span) {
        const f = span.end > span.start ? (time - span.start) / (span.end - span.start) : 1;
        range.value = String(Math.round(Math.min(1, Math.max(0, f)) * TICKS));
        date.textContent = formatDay(time);
      } else date.textContent = 'undated';
      if (speed.value !== String(s) && SPEEDS.includes(String(s))) speed.value = String(s);
    },
    setSpan(next) {
      span = next;
      range.disabled = next === null;
      play.disabled = next === null;
      back.disabled = next === null;
      forward.disabled = next === null;
    },
  };
}
