import type { Quad } from './types.ts';

/** Green for cooperation, red for conflict; the material class of each is the stronger shade. */
export const quadColours: Record<Quad, string> = {
  1: '#7cc47f',
  2: '#1e8a4a',
  3: '#f2a13b',
  4: '#d0342c',
};

export const quadLabels: Record<Quad, string> = {
  1: 'Verbal cooperation',
  2: 'Material cooperation',
  3: 'Verbal conflict',
  4: 'Material conflict',
};

export const relationColours: Record<string, string> = {
  MESSAGE: '#4f5bd5',
  SANCTION: '#8e24aa',
  BORDERS: '#a7adb6',
};

export const kindColours: Record<string, string> = {
  State: '#3d6fb6',
  Organization: '#e0a526',
  Leader: '#c2185b',
  Sanction: '#7b1fa2',
  Message: '#00897b',
  Event: '#78909c',
  Occasion: '#6d4c41',
  Actor: '#8d99ae',
  Source: '#9e9e9e',
};

export const fallbackColour = '#9aa3ad';

/**
 * Colours for the largest communities, chosen away from the relation colours (greens and reds of the quad classes,
 * the message indigo, the sanction purple, the border grey) so a node's community is never read as a relation kind.
 */
export const communityColours = [
  '#17becf',
  '#b5651d',
  '#e377c2',
  '#bcbd22',
  '#2f4b7c',
  '#ffd92f',
  '#88ccee',
  '#882255',
  '#4d4d4d',
  '#7f3b08',
  '#006d77',
  '#c7a27c',
];

/** Continents as the reference data names them. */
export const regionColours: Record<string, string> = {
  Africa: '#b5651d',
  Americas: '#17becf',
  Asia: '#e377c2',
  Europe: '#2f4b7c',
  Oceania: '#bcbd22',
  Antarctic: '#88ccee',
};

export const dimmedColour = '#e3e6ea';
export const highlightColour = '#111111';
