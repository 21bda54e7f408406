import { h } from '../app/dom.ts';
import { kindColours, quadColours, quadLabels, relationColours } from './palette.ts';
import type { ColourMode } from './types.ts';

/** The legend: edge colours by quad class, the other relation styles, node colours, and what size and thickness mean. */
export function renderLegend(el: HTMLElement, colour: ColourMode, kinds: string[], open: boolean): void {
  const line = (color: string, text: string, thick = 4) => h('li', {}, h('span', { class: 'swatch', style: `background:${color};height:${thick}px` }), text);
  const dot = (color: string, text: string) => h('li', {}, h('span', { class: 'dot', style: `background:${color}` }), text);
  el.replaceChildren(
    h(
      'details',
      { open },
      h('summary', {}, 'Legend'),
      h('h2', {}, 'Events between states (dominant class)'),
      h('ul', {}, ...([1, 2, 3, 4] as const).map((q) => line(quadColours[q], quadLabels[q]))),
      h('h2', {}, 'Other relations'),
      h('ul', {}, line(relationColours.MESSAGE!, 'Message (arrow: sender → recipient)', 3), line(relationColours.SANCTION!, 'Sanction (arrow: imposer → target)', 2), line(relationColours.BORDERS!, 'Border', 1)),
      h('h2', {}, colour === 'community' ? 'Nodes: coloured by Louvain community' : 'Nodes'),
      colour === 'kind' ? h('ul', {}, ...kinds.map((k) => dot(kindColours[k] ?? '#9aa3ad', k))) : null,
      h('p', { class: 'muted' }, 'Node size: number of neighbours. Edge thickness: number of events.'),
    ),
  );
}
