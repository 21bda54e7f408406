import type { AppState } from '../app/types.ts';

/** The part of the page's state a link carries. */
export type UrlState = Pick<
  AppState,
  'focus' | 'filters' | 'layout' | 'colour' | 'size' | 'hidden' | 'pinned' | 'selection' | 'pathFrom' | 'pathTo'
>;
