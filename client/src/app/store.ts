import type { AppState, Update } from './types.ts';

export interface Store {
  get(): AppState;
  update(fn: Update): void;
  subscribe(listener: (next: AppState, prev: AppState) => void): () => void;
}

/** The one place state changes: updates are pure functions of the previous state; listeners see both states. */
export function createStore(initial: AppState): Store {
  let state = initial;
  const listeners = new Set<(next: AppState, prev: AppState) => void>();
  return {
    get: () => state,
    update(fn) {
      const prev = state;
      const next = fn(prev);
      if (next === prev) return;
      state = next;
      for (const l of listeners) l(next, prev);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
