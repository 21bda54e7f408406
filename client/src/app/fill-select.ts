import { h } from './dom.ts';

/** Gives a menu one option per entry of a table of values and their names, in the table's order. */
export function fillSelect(select: HTMLSelectElement, labels: Readonly<Record<string, string>>): void {
  select.replaceChildren(...Object.entries(labels).map(([value, label]) => h('option', { value }, label)));
}
