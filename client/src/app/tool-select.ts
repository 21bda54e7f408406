import { h } from './dom.ts';

/** A toolbar menu under its caption: one option per entry of a table of values and their names, in its order. */
export function toolSelect(
  id: string,
  caption: string,
  ariaLabel: string,
  labels: Readonly<Record<string, string>>,
): HTMLLabelElement {
  const options = Object.entries(labels).map(([value, label]) => h('option', { value }, label));
  // the space stands where the page's markup had a line break between caption and menu
  return h('label', { class: 'tool-select' }, `${caption} `, h('select', { id, 'aria-label': ariaLabel }, ...options));
}
