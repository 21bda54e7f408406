import { h } from '../app/dom.ts';
import type { PanelActions } from './types.ts';

/**
 * Shows a panel's close button and title with "Loading…" while `load` runs, and its error in their place if it fails.
 * Gives the answer with the close button for the panel's content, or null once the error is shown.
 */
export async function loadIntoPanel<T>(
  el: HTMLElement,
  title: string,
  failure: string,
  a: PanelActions,
  load: () => Promise<T>,
): Promise<{ data: T; close: HTMLElement } | null> {
  const close = h(
    'button',
    { type: 'button', class: 'close', 'aria-label': 'Close panel', onclick: () => a.close() },
    '×',
  );
  const heading = () => h('h2', { id: 'panel-title' }, title);
  el.replaceChildren(close, heading(), h('p', { class: 'muted' }, 'Loading…'));
  try {
    return { data: await load(), close };
  } catch (e) {
    el.replaceChildren(close, heading(), h('p', { class: 'error' }, `${failure}: ${(e as Error).message}`));
    return null;
  }
}
