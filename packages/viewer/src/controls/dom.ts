/** Creates an element with properties and text; text is always set as text, never parsed as HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string; attrs?: Record<string, string> } = {},
  children: readonly Node[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  if (props.attrs) for (const [name, value] of Object.entries(props.attrs)) node.setAttribute(name, value);
  for (const child of children) node.appendChild(child);
  return node;
}

/** A <select> whose options are [value, label] pairs (labels set as text). */
export function selectOf(label: string, options: readonly (readonly [string, string])[], value: string): HTMLSelectElement {
  const select = el('select', { attrs: { 'aria-label': label } });
  setOptions(select, options, value);
  return select;
}

export function setOptions(select: HTMLSelectElement, options: readonly (readonly [string, string])[], value: string): void {
  select.replaceChildren();
  for (const [v, text] of options) {
    const option = el('option', { text });
    option.value = v;
    select.appendChild(option);
  }
  select.value = value;
}

/** A label wrapping a control, so the control has an accessible name. */
export function labelled(text: string, control: HTMLElement): HTMLLabelElement {
  return el('label', { className: 'bg-field' }, [el('span', { text }), control]);
}

/** A UTC day (yyyy-mm-dd) for an instant, or '—' when unknown. */
export function formatDay(t: number | null | undefined): string {
  if (t === null || t === undefined || !Number.isFinite(t)) return '—';
  return new Date(t).toISOString().slice(0, 10);
}
