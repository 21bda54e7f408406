import { h } from '../app/dom.ts';
import {
  communityColours,
  fallbackColour,
  kindColours,
  quadColours,
  quadLabels,
  regionColours,
  relationColours,
} from './palette.ts';
import type { ColourMode, SizeMode } from './types.ts';

export interface CommunityEntry {
  index: number;
  size: number;
  /** The most important members' labels. */
  names: string[];
}

/** Communities by size with their best-known members, for the legend. */
export function communityEntries(
  communities: ReadonlyMap<string, number>,
  labelOf: (key: string) => string,
  importance: ReadonlyMap<string, number>,
): CommunityEntry[] {
  const members = new Map<number, string[]>();
  for (const [k, c] of communities) (members.get(c) ?? members.set(c, []).get(c)!).push(k);
  return [...members]
    .map(([index, keys]) => ({
      index,
      size: keys.length,
      names: keys
        .sort((a, b) => (importance.get(b) ?? 0) - (importance.get(a) ?? 0))
        .slice(0, 3)
        .map(labelOf),
    }))
    .sort((a, b) => a.index - b.index);
}

const sizeText: Record<SizeMode, string> = {
  degree: 'number of neighbours',
  weighted: 'number of events (weighted degree)',
  pagerank: 'PageRank',
  betweenness: 'betweenness centrality',
};

export interface LegendInput {
  colour: ColourMode;
  size: SizeMode;
  kinds: string[];
  communities: CommunityEntry[];
  open: boolean;
}

/** The legend: edge colours by quad class, the other relation styles, node colours in the chosen mode, and sizes. */
export function renderLegend(el: HTMLElement, l: LegendInput): void {
  const line = (color: string, text: string, thick = 4) =>
    h('li', {}, h('span', { class: 'swatch', style: `background:${color};height:${thick}px` }), text);
  const dot = (color: string, text: string) =>
    h('li', {}, h('span', { class: 'dot', style: `background:${color}` }), text);
  const shown = l.communities.slice(0, communityColours.length);
  const rest = l.communities.length - shown.length;
  const nodes =
    l.colour === 'community'
      ? [
          h('h2', {}, `Nodes: ${l.communities.length} Louvain communit${l.communities.length === 1 ? 'y' : 'ies'}`),
          h(
            'ul',
            { id: 'legend-communities' },
            ...shown.map((c) =>
              dot(
                communityColours[c.index] ?? fallbackColour,
                `${c.names.join(', ')}${c.size > c.names.length ? ` and ${c.size - c.names.length} more` : ''}`,
              ),
            ),
          ),
          rest > 0 ? h('p', { class: 'muted' }, `${rest} smaller in grey`) : null,
        ]
      : l.colour === 'region'
        ? [
            h('h2', {}, 'Nodes: region'),
            h('ul', {}, ...Object.entries(regionColours).map(([r, c]) => dot(c, r)), dot(fallbackColour, 'no region')),
          ]
        : l.colour === 'quad'
          ? [
              h('h2', {}, 'Nodes: dominant class of their events'),
              h(
                'ul',
                {},
                ...([1, 2, 3, 4] as const).map((q) => dot(quadColours[q], quadLabels[q])),
                dot(fallbackColour, 'no events'),
              ),
            ]
          : [h('h2', {}, 'Nodes'), h('ul', {}, ...l.kinds.map((k) => dot(kindColours[k] ?? fallbackColour, k)))];
  el.replaceChildren(
    h(
      'details',
      { open: l.open },
      h('summary', {}, 'Legend'),
      h('h2', {}, 'Events between states (dominant class)'),
      h('ul', {}, ...([1, 2, 3, 4] as const).map((q) => line(quadColours[q], quadLabels[q]))),
      h('h2', {}, 'Other relations'),
      h(
        'ul',
        {},
        line(relationColours.MESSAGE!, 'Message (arrow: sender → recipient)', 3),
        line(relationColours.SANCTION!, 'Sanction (arrow: imposer → target)', 2),
        line(relationColours.BORDERS!, 'Border', 1),
      ),
      ...nodes,
      h('p', { class: 'muted' }, `Node size: ${sizeText[l.size]}. Edge thickness: number of events.`),
    ),
  );
}
