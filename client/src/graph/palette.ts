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

/** Enough distinct colours for the largest communities; the rest share a grey. */
export const communityColours = [
  '#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#17becf',
  '#bcbd22', '#393b79', '#637939', '#8c6d31', '#843c39', '#7b4173', '#3182bd', '#e6550d',
];

export const dimmedColour = '#e3e6ea';
export const highlightColour = '#111111';
